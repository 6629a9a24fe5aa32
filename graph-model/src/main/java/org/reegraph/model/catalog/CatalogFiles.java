package org.reegraph.model.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The JSON shapes of the catalog resources, read by Jackson. Package-private: callers see
 * {@link CatalogEntity} only.
 */
final class CatalogFiles {

	private CatalogFiles() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CountryFile(String source, List<Country> countries) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Country(String code, String name, String kind, List<String> aliases, List<String> adjectives,
			List<String> zh) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PlaceFile(String source, List<PlaceEntry> places) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PlaceEntry(String name, String country, String kind, List<String> aliases, List<String> zh) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ElementFile(String source, List<Element> elements) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Element(String symbol, String name, int atomicNumber, String category, List<String> aliases,
			List<String> zh) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MaterialFile(String source, List<Material> materials) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Material(String id, String name, String kind, String category, List<String> aliases, List<String> zh,
			List<String> contains) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record OrganizationFile(String source, List<Organization> organizations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Organization(String id, String name, String country, List<String> aliases, List<String> zh) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CompanyFile(String source, List<Company> companies) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Company(String id, String name, String country, String industry, String location, List<String> aliases,
			List<String> zh) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProgramFile(String source, List<Program> programs) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Program(String id, String name, String kind, String country, String developer, List<String> aliases,
			List<String> zh) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MineFile(String source, List<Mine> mines) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Mine(String id, String name, String kind, String location, String country, String operator,
			List<String> aliases, List<String> zh) {
	}
}

package org.reegraph.loader.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.model.Evidence;
import org.reegraph.model.RelType;
import org.reegraph.model.catalog.Catalog;
import org.reegraph.model.catalog.CatalogEntity;

/**
 * Adds what the catalog knows about the entities a document named and that a path query needs: which element
 * a material contains, who operates a mine, who develops a programme, where things are. Each such fact has the
 * catalog as its evidence (document {@value #CATALOG_DOCUMENT}, rule {@code catalog.<type>}, confidence 1).
 */
public final class CatalogFacts {

	/** The document name catalog facts carry as evidence. */
	public static final String CATALOG_DOCUMENT = "reegraph reference catalog";

	private final Catalog catalog;

	/**
	 * Creates the reader of catalog facts.
	 *
	 * @param catalog the reference catalog
	 */
	public CatalogFacts(Catalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "Catalog facts need the reference catalog.");
	}

	/**
	 * Adds the catalog's facts about the document's entities, following links to the entities they reach (a
	 * mine's operator, then where the operator is), and those entities to the document.
	 *
	 * @param resolver the document's entities, extended with the entities the catalog facts reach
	 * @param facts the document's facts by id, extended with the catalog's (a fact already there is kept)
	 * @param builder builds the facts over {@code resolver}
	 */
	public void addTo(EntityResolver resolver, Map<String, ExtractedFact> facts, FactBuilder builder) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> queue = new ArrayList<>(resolver.entities().stream().map(ExtractedEntity::id).toList());
		while (!queue.isEmpty()) {
			String id = queue.remove(0);
			if (!seen.add(id)) {
				continue;
			}
			Optional<CatalogEntity> entity = catalog.byId(id);
			if (entity.isEmpty()) {
				continue;
			}
			CatalogEntity e = entity.get();
			for (var link : e.links().entrySet()) {
				for (String otherId : link.getValue()) {
					Optional<CatalogEntity> other = catalog.byId(otherId);
					if (other.isEmpty()) {
						continue;
					}
					CatalogEntity o = other.get();
					String type = link.getKey();
					RelType rel;
					CatalogEntity from;
					CatalogEntity to;
					switch (type) {
						case "CONTAINS" -> {
							rel = RelType.CONTAINS;
							from = e;
							to = o;
							if ("GROUP".equals(e.properties().get("kind"))) {
								continue; // "rare earths" contains all 17: too broad to add to every document
							}
						}
						case "LOCATED_IN" -> {
							rel = RelType.LOCATED_IN;
							from = e;
							to = o;
							if (!resolver.contains(o.id().toString())) {
								continue;
							}
						}
						case "OPERATED_BY" -> {
							rel = RelType.OPERATES;
							from = o;
							to = e;
						}
						case "DEVELOPED_BY" -> {
							rel = RelType.DEVELOPS;
							from = o;
							to = e;
						}
						default -> {
							continue;
						}
					}
					if (!rel.allows(from.label(), to.label())) {
						continue;
					}
					resolver.add(new EntityRef(from.id(), from.name(), from.properties()), null);
					resolver.add(new EntityRef(to.id(), to.name(), to.properties()), null);
					queue.add(o.id().toString());
					String sentence = switch (rel) {
						case CONTAINS -> from.name() + " contains " + to.name() + ".";
						case LOCATED_IN -> from.name() + " is located in " + to.name() + ".";
						case OPERATES -> from.name() + " operates " + to.name() + ".";
						default -> from.name() + " develops " + to.name() + ".";
					};
					Evidence evidence = new Evidence(CATALOG_DOCUMENT, "reegraph reference catalog", "reegraph", null,
							sentence, "catalog." + rel.name().toLowerCase(Locale.ROOT), 1.0);
					ExtractedFact f = builder.fact(rel, from.id().toString(), to.id().toString(), Map.of(), evidence,
							"catalog");
					facts.putIfAbsent(f.factId(), f);
				}
			}
		}
	}
}

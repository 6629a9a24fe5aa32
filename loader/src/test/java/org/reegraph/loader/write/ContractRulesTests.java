package org.reegraph.loader.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.relate.LinguisticRule;
import org.reegraph.loader.relate.RuleFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The writer enforces the graph contract (issue 18): every fact the rules make passes it — the rule files'
 * examples and the Java rules over every corpus the project holds — and a fact with a property its type does
 * not declare, or ends its type may not join, is refused with a message naming rule, type and property.
 */
class ContractRulesTests {

	static final ReegraphLoader LOADER = ReegraphLoader.create();

	static List<Path> files(Path folder, String suffix) {
		try (Stream<Path> s = Files.list(folder)) {
			return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> violations(List<DocumentExtraction> docs) {
		List<String> out = new ArrayList<>();
		for (DocumentExtraction doc : docs) {
			assertThat(doc.isRejected()).as(doc.document()).isFalse();
			try {
				GraphWriter.checkContract(doc);
			}
			catch (ContractViolationException ex) {
				out.add(ex.getMessage());
			}
		}
		return out;
	}

	@Test
	void everyFactTheRulesMakeOnTheProjectsCorporaPassesTheContract() throws IOException {
		List<DocumentExtraction> docs = new ArrayList<>();
		List<Path> inputs = new ArrayList<>(files(Path.of("..", "data", "documents"), ".txt"));
		inputs.addAll(files(Path.of("src", "test", "resources", "devcorpus", "tuning"), ".md"));
		inputs.addAll(files(Path.of("src", "test", "resources", "golden"), ".md"));
		long facts = 0;
		for (Path p : inputs) {
			DocumentExtraction doc = LOADER.extractText(p.getFileName().toString(), Files.readString(p));
			facts += doc.facts().size();
			docs.add(doc);
		}
		assertThat(facts).as("facts checked").isGreaterThan(500);
		assertThat(violations(docs)).isEmpty();
	}

	@Test
	void everyRuleFilesExamplesMakeOnlyFactsTheContractAllows() {
		List<DocumentExtraction> docs = new ArrayList<>();
		int examples = 0;
		for (RuleFile file : List.of(RuleFile.bundled("en"), RuleFile.bundled("zh"))) {
			for (LinguisticRule rule : file.rules()) {
				for (LinguisticRule.Example e : rule.examples()) {
					examples++;
					docs.add(LOADER.extractText(rule.id() + "-" + examples + ".txt", "Title: " + rule.id()
							+ "\nDate: 2025-01-01\n\n" + e.says() + "\n"));
				}
			}
		}
		assertThat(examples).isGreaterThan(100);
		assertThat(docs.stream().mapToLong(d -> d.facts().size()).sum()).isGreaterThan(80);
		assertThat(violations(docs)).isEmpty();
	}

	static DocumentExtraction withFact(DocumentExtraction doc, ExtractedFact fact) {
		return new DocumentExtraction(doc.document(), doc.contentHash(), doc.articles(), doc.entities(), List.of(fact),
				doc.mentions(), null);
	}

	@Test
	void aPropertyItsTypeDoesNotDeclareIsRefusedNamingRuleTypeAndProperty() {
		DocumentExtraction doc = LOADER.extractText("flows.txt",
				"Title: Trade\nDate: 2025-01-01\n\nMyanmar exported 30,000 tonnes of rare earths to China in 2024.\n");
		ExtractedFact flow = doc.facts().stream().filter(f -> f.relationship().name().equals("EXPORTS_TO")).findFirst()
			.orElseThrow();
		Map<String, Object> properties = new HashMap<>(flow.properties());
		properties.put("priceUsdPerKg", 95);
		ExtractedFact bad = new ExtractedFact(flow.factId(), flow.relationship(), flow.from(), flow.to(), properties,
				flow.evidence());

		assertThatThrownBy(() -> GraphWriter.checkContract(withFact(doc, bad)))
			.isInstanceOf(ContractViolationException.class)
			.hasMessageContaining("flows.txt")
			.hasMessageContaining("rule " + flow.evidence().rule())
			.hasMessageContaining("EXPORTS_TO")
			.hasMessageContaining("'priceUsdPerKg'")
			.hasMessageContaining("usdPerKg");
		assertThatThrownBy(() -> GraphWriter.Rows.of(withFact(doc, bad))).isInstanceOf(ContractViolationException.class);
		assertThat(GraphWriter.Rows.of(doc).facts()).isNotEmpty();
	}

	@Test
	void endsItsTypeMayNotJoinAreRefusedNamingTheLabels() {
		DocumentExtraction doc = LOADER.extractText("flows.txt",
				"Title: Trade\nDate: 2025-01-01\n\nMyanmar exported 30,000 tonnes of rare earths to China in 2024.\n");
		ExtractedFact flow = doc.facts().stream().filter(f -> f.relationship().name().equals("EXPORTS_TO")).findFirst()
			.orElseThrow();
		ExtractedFact bad = new ExtractedFact(flow.factId(), flow.relationship(), flow.from(),
				new ExtractedFact.EntityRefView("element:rare-earths", "Element", "rare earths"), Map.of(), flow.evidence());

		assertThatThrownBy(() -> GraphWriter.checkContract(withFact(doc, bad)))
			.isInstanceOf(ContractViolationException.class)
			.hasMessageContaining("rule " + flow.evidence().rule())
			.hasMessageContaining("EXPORTS_TO from Country country:MM to Element")
			.hasMessageContaining("does not allow");
	}
}

package org.reegraph.loader.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.ReegraphLoader;

/**
 * The development corpus of real public documents ({@code src/test/resources/devcorpus}, see its README) and
 * its scorer. Entities are matched by label and name: a gold entity is found when an extracted entity of the
 * same label shares a normalised name or alias with it (case, punctuation, "the" and legal suffixes ignored).
 * A gold fact is found when the extractor reports the same relationship between entities that match its two
 * ends. Only what the text gave counts: facts read from it (the reference catalog's facts left out, for recall and
 * precision alike) and entities it mentions or that end such a fact. Precision counts the text facts whose type and
 * ends match a gold fact of the same document, each gold fact making at most one of them right. Facts and entities
 * are counted once per document.
 */
final class DevCorpus {

	static final Path ROOT = Path.of("src", "test", "resources", "devcorpus");

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Set<String> NOISE = Set.of("the", "inc", "ltd", "limited", "corp", "corporation", "co", "plc",
			"llc", "pty", "group", "holdings", "company", "sa", "ag", "gmbh", "asx", "tsx", "nyse", "nasdaq");

	record GoldEntity(String label, String name, Set<String> keys) {
	}

	record GoldFact(String relationship, GoldEntity from, GoldEntity to, String sentence) {
	}

	record Document(String file, String half, String text, List<GoldEntity> entities, List<GoldFact> facts) {
	}

	/** Counts for one relationship type (or all). */
	static final class Count {

		int gold;
		int found;
		int extracted;
		int correct;
		/** Found and correct when a Policy or Agreement end is matched by label and sentence, not by name. */
		int eventFound;
		int eventCorrect;

		double recall() {
			return gold == 0 ? 1.0 : (double) found / gold;
		}

		double precision() {
			return extracted == 0 ? 1.0 : (double) correct / extracted;
		}

		double eventRecall() {
			return gold == 0 ? 1.0 : (double) eventFound / gold;
		}

		double eventPrecision() {
			return extracted == 0 ? 1.0 : (double) eventCorrect / extracted;
		}
	}

	/** A scored half: per type, all, entity recall, and (for the tuning half only) the misses. */
	record Result(Map<String, Count> byType, Count all, int goldEntities, int foundEntities, List<String> misses,
			List<String> falsePositives, List<String> entityMisses) {

		double entityRecall() {
			return goldEntities == 0 ? 1.0 : (double) foundEntities / goldEntities;
		}
	}

	private DevCorpus() {
	}

	static List<Document> load(String half) {
		List<Document> out = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(ROOT.resolve("manifest-" + half + ".jsonl"))) {
				if (line.isBlank()) {
					continue;
				}
				String file = JSON.readTree(line).get("file").asText();
				Path doc = ROOT.resolve(file);
				Path gold = ROOT.resolve(file.replaceAll("\\.md$", ".gold.jsonl"));
				Map<String, GoldEntity> entities = new LinkedHashMap<>();
				List<JsonNode> factRows = new ArrayList<>();
				for (String g : Files.readAllLines(gold)) {
					if (g.isBlank()) {
						continue;
					}
					JsonNode row = JSON.readTree(g);
					if ("entity".equals(row.get("type").asText())) {
						Set<String> keys = new LinkedHashSet<>();
						keys.add(key(row.get("name").asText()));
						row.path("aliases").forEach(a -> keys.add(key(a.asText())));
						keys.remove("");
						GoldEntity e = new GoldEntity(row.get("label").asText(), row.get("name").asText(), keys);
						entities.put(e.label() + "|" + e.name(), e);
					}
					else {
						factRows.add(row);
					}
				}
				Set<String> seen = new HashSet<>();
				List<GoldFact> facts = new ArrayList<>();
				for (JsonNode row : factRows) {
					GoldEntity from = entities.get(row.get("from").get("label").asText() + "|"
							+ row.get("from").get("name").asText());
					GoldEntity to = entities.get(row.get("to").get("label").asText() + "|" + row.get("to").get("name").asText());
					String rel = row.get("relationship").asText();
					if (from != null && to != null && seen.add(rel + "|" + from.name() + "|" + to.name())) {
						facts.add(new GoldFact(rel, from, to, row.path("sentence").asText("")));
					}
				}
				out.add(new Document(file, half, Files.readString(doc), List.copyOf(entities.values()), facts));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/** {@return a name reduced for matching: lower case, no accents, punctuation, "the" or legal suffixes} */
	static String key(String name) {
		String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		s = s.replace("u.s.", "us").replace("u.s", "us").replace("united states of america", "united states");
		List<String> words = new ArrayList<>();
		for (String w : NON_WORD.split(s)) {
			if (!w.isEmpty() && !NOISE.contains(w)) {
				words.add(w);
			}
		}
		return String.join(" ", words);
	}

	static Result score(ReegraphLoader loader, List<Document> docs, boolean explain) {
		Map<String, Count> byType = new TreeMap<>();
		Count all = new Count();
		int goldEntities = 0;
		int foundEntities = 0;
		List<String> misses = new ArrayList<>();
		List<String> falsePositives = new ArrayList<>();
		List<String> entityMisses = new ArrayList<>();
		for (Document d : docs) {
			DocumentExtraction x = loader.extractText(Path.of(d.file()).getFileName().toString(), d.text());
			// only what the text gave: entities it mentions or that end a fact read from it (not the ones the
			// reference catalog's facts pull in), and facts read from it (not catalog facts)
			List<ExtractedFact> textFacts = x.facts().stream().filter(f -> !f.evidence().rule().startsWith("catalog."))
				.toList();
			Set<String> fromText = new HashSet<>();
			x.mentions().forEach(m -> fromText.add(m.entityId()));
			textFacts.forEach(f -> {
				fromText.add(f.from().id());
				fromText.add(f.to().id());
			});
			Map<String, Set<GoldEntity>> matches = new LinkedHashMap<>();
			for (ExtractedEntity e : x.entities()) {
				if (!fromText.contains(e.id())) {
					continue;
				}
				Set<String> keys = new HashSet<>();
				keys.add(key(e.name()));
				e.aliases().forEach(a -> keys.add(key(a)));
				Set<GoldEntity> m = new LinkedHashSet<>();
				for (GoldEntity g : d.entities()) {
					if (g.label().equals(e.label()) && g.keys().stream().anyMatch(keys::contains)) {
						m.add(g);
					}
				}
				matches.put(e.id(), m);
			}
			for (GoldEntity g : d.entities()) {
				goldEntities++;
				if (matches.values().stream().anyMatch(m -> m.contains(g))) {
					foundEntities++;
				}
				else if (explain) {
					List<String> sameLabel = x.entities().stream()
						.filter(e -> fromText.contains(e.id()) && e.label().equals(g.label()) && matches.get(e.id()).isEmpty())
						.map(ExtractedEntity::name)
						.toList();
					entityMisses.add(d.file() + " | " + g.label() + ":" + g.name() + " | unmatched " + g.label() + " found: "
							+ sameLabel);
				}
			}
			Set<String> extracted = new LinkedHashSet<>();
			Set<GoldFact> claimed = new HashSet<>(); // a gold fact makes one extracted fact right, not two
			Set<GoldFact> claimedEvent = new HashSet<>();
			for (ExtractedFact f : textFacts) {
				String rel = f.relationship().name();
				if (!extracted.add(rel + "|" + f.from().id() + "|" + f.to().id())) {
					continue;
				}
				Count c = byType.computeIfAbsent(rel, k -> new Count());
				c.extracted++;
				all.extracted++;
				boolean right = d.facts().stream().filter(g -> states(f, g, matches)).anyMatch(claimed::add);
				if (d.facts().stream().filter(g -> statesEvent(f, g, matches)).anyMatch(claimedEvent::add)) {
					all.eventCorrect++;
				}
				if (right) {
					c.correct++;
					all.correct++;
				}
				else if (explain) {
					falsePositives.add(d.file() + " | " + rel + " " + f.from().name() + " -> " + f.to().name() + " ["
							+ f.evidence().rule() + "] | " + f.evidence().sentence());
				}
			}
			for (GoldFact g : d.facts()) {
				Count c = byType.computeIfAbsent(g.relationship(), k -> new Count());
				c.gold++;
				all.gold++;
				boolean found = textFacts.stream().anyMatch(f -> states(f, g, matches));
				if (textFacts.stream().anyMatch(f -> statesEvent(f, g, matches))) {
					all.eventFound++;
				}
				if (found) {
					c.found++;
					all.found++;
				}
				else if (explain) {
					boolean fromSeen = matches.values().stream().anyMatch(m -> m.contains(g.from()));
					boolean toSeen = matches.values().stream().anyMatch(m -> m.contains(g.to()));
					misses.add(d.file() + " | " + g.relationship() + " " + g.from().label() + ":" + g.from().name() + " -> "
							+ g.to().label() + ":" + g.to().name() + " | "
							+ (fromSeen && toSeen ? "both ends recognised" : "not recognised: "
									+ (fromSeen ? "" : g.from().name() + " ") + (toSeen ? "" : g.to().name())));
				}
			}
		}
		return new Result(byType, all, goldEntities, foundEntities, misses, falsePositives, entityMisses);
	}

	/** {@return whether an extracted fact states a gold fact: same relationship, ends that match its ends} */
	private static boolean states(ExtractedFact f, GoldFact g, Map<String, Set<GoldEntity>> matches) {
		return f.relationship().name().equals(g.relationship())
				&& matches.getOrDefault(f.from().id(), Set.of()).contains(g.from())
				&& matches.getOrDefault(f.to().id(), Set.of()).contains(g.to());
	}

	/**
	 * {@return whether an extracted fact states a gold fact when measures and agreements are matched as events}
	 * A Policy or Agreement the text does not name gets a name from whoever reads it ("China 2010 rare earth export
	 * ban on Japan" in the gold, "China export ban on rare earths" from the extractor), so such an end matches any
	 * extracted entity of its label whose fact was read from the gold fact's sentence, as the bundled corpus's
	 * scorer does; the other end must match by name as always.
	 */
	private static boolean statesEvent(ExtractedFact f, GoldFact g, Map<String, Set<GoldEntity>> matches) {
		if (states(f, g, matches)) {
			return true;
		}
		if (!f.relationship().name().equals(g.relationship()) || g.sentence().isEmpty()
				|| !Scorer.sameSentence(g.sentence(), f.evidence().sentence())) {
			return false;
		}
		return endMatches(f.from().id(), g.from(), matches) && endMatches(f.to().id(), g.to(), matches);
	}

	private static boolean endMatches(String id, GoldEntity gold, Map<String, Set<GoldEntity>> matches) {
		if (matches.getOrDefault(id, Set.of()).contains(gold)) {
			return true;
		}
		boolean event = gold.label().equals("Policy") || gold.label().equals("Agreement");
		return event && id.startsWith(gold.label().toLowerCase(Locale.ROOT) + ":");
	}

	static String table(Result r) {
		StringBuilder sb = new StringBuilder(
				"| Relationship | Gold | Found | Extracted | Correct | Precision | Recall |\n|---|---:|---:|---:|---:|---:|---:|\n");
		r.byType().forEach((type, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.2f |%n",
				type, c.gold, c.found, c.extracted, c.correct, c.precision(), c.recall())));
		sb.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %d | %.2f | %.2f |%n", r.all().gold, r.all().found,
				r.all().extracted, r.all().correct, r.all().precision(), r.all().recall()));
		sb.append(String.format(Locale.ROOT, "| **all, measures as events** | %d | %d | %d | %d | %.2f | %.2f |%n",
				r.all().gold, r.all().eventFound, r.all().extracted, r.all().eventCorrect, r.all().eventPrecision(),
				r.all().eventRecall()));
		sb.append(String.format(Locale.ROOT, "| **entities** | %d | %d | | | | %.2f |%n", r.goldEntities(), r.foundEntities(),
				r.entityRecall()));
		return sb.toString();
	}
}

package org.reegraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.reegraph.cypher.Statements;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;
import org.reegraph.model.catalog.Catalog;
import org.reegraph.model.catalog.CatalogEntity;

/**
 * A synthetic supply-chain graph for the query benchmarks, deterministic by seed, of about {@code nodes}
 * entities with a skewed degree distribution: the reference catalog's countries, elements and materials
 * (a few hub countries — China first — carry most trade, production and origin edges, chosen by a Zipf law),
 * and many companies, mines and programmes. About three relationships per node, every one with evidence and a
 * fact id, written through the loader's own statements ({@code write/entities}, {@code write/facts}).
 * <p>
 * Shape: companies are LOCATED_IN a country and DEPEND_ON elements or materials (with an origin country);
 * big suppliers (Zipf) SUPPLY many companies and programmes; companies DEVELOP programmes, which DEPEND_ON
 * materials; countries PRODUCE, REFINE (hubs with disagreeing shares) and EXPORT_TO each other; companies
 * OPERATE mines. So the headline question (US defence programmes on Chinese dysprosium) has answers at
 * every size.
 */
final class SyntheticGraph {

	/** Hub order for the Zipf choice of countries: the big players of the rare-earth trade first. */
	private static final List<String> HUBS = List.of("CN", "US", "AU", "JP", "MM", "DE", "KR", "MY", "VN", "IN",
			"BR", "RU", "CA", "FR", "GB");
	private static final int BATCH = 5_000;
	private static final String[] SYL = { "ka", "ro", "mi", "ten", "sha", "lu", "vor", "ex", "al", "pri", "zen",
			"mag", "tor", "ne", "qi", "dar", "sol", "ver", "on", "ix" };

	private final long seed;
	private final int nodes;

	/**
	 * What the generator wrote, and ids the benchmarks ask about.
	 *
	 * @param nodes entity nodes written
	 * @param relationships relationships written
	 * @param supplier a mid-ranked big supplier: it supplies a few dozen companies and programmes (nested query)
	 * @param program a programme id (entity look-up)
	 */
	record Summary(int nodes, long relationships, String supplier, String program) {
	}

	SyntheticGraph(long seed, int nodes) {
		if (nodes < 500) {
			throw new IllegalArgumentException("A synthetic graph needs at least 500 nodes, got " + nodes + ".");
		}
		this.seed = seed;
		this.nodes = nodes;
	}

	/**
	 * Writes the graph into an empty database (schema applied).
	 *
	 * @param driver the driver
	 * @return what was written
	 */
	Summary write(Driver driver) {
		Objects.requireNonNull(driver, "The generator needs a driver.");
		SplittableRandom rnd = new SplittableRandom(seed);
		Catalog catalog = Catalog.load();
		Writer w = new Writer(driver);

		List<CatalogEntity> countries = new ArrayList<>(catalog.entities(Label.COUNTRY));
		countries.sort((a, b) -> Integer.compare(hubRank(a), hubRank(b)));
		List<String> countryIds = countries.stream().map(c -> c.id().toString()).toList();
		List<String> countryCodes = countries.stream().map(c -> String.valueOf(c.properties().get("code"))).toList();
		List<CatalogEntity> elements = catalog.entities(Label.ELEMENT);
		for (CatalogEntity e : countries) {
			w.entity(catalogRow(e));
		}
		for (CatalogEntity e : elements) {
			w.entity(catalogRow(e));
		}
		w.flushEntities();
		// Materials contain their elements (catalog links); dependencies mostly name materials and rare earths.
		List<String> materials = new ArrayList<>();
		List<String> rareEarths = new ArrayList<>();
		for (CatalogEntity e : elements) {
			List<String> contains = e.links().getOrDefault("CONTAINS", List.of());
			if (!contains.isEmpty()) {
				materials.add(e.id().toString());
				for (String c : contains) {
					w.fact(RelType.CONTAINS, e.id().toString(), c, Map.of(), rnd);
				}
			}
			else if (String.valueOf(e.properties().get("category")).endsWith("REE")) {
				rareEarths.add(e.id().toString());
			}
		}
		List<String> inputs = new ArrayList<>(materials);
		inputs.addAll(rareEarths);
		inputs.sort(null);
		Zipf countryZipf = new Zipf(countries.size(), 1.3);
		Zipf inputZipf = new Zipf(inputs.size(), 0.8);

		int fixed = countries.size() + elements.size();
		int rest = Math.max(0, nodes - fixed);
		int programs = Math.max(20, rest / 20);
		int mines = Math.max(10, rest / 10);
		int companies = Math.max(50, rest - programs - mines);
		Zipf supplierZipf = new Zipf(companies, 1.1);

		// Countries: production and refining (hubs with several disagreeing sources), reserves, trade.
		for (int i = 0; i < countries.size(); i++) {
			int roles = i < HUBS.size() ? 6 : (rnd.nextInt(4) == 0 ? 1 : 0);
			for (int k = 0; k < roles; k++) {
				String element = inputs.get(inputZipf.sample(rnd));
				double share = Math.round(rnd.nextDouble(1, 95));
				w.fact(RelType.PRODUCES, countryIds.get(i), element, Map.of("sharePct", share, "year", 2024L), rnd);
				w.fact(RelType.REFINES, countryIds.get(i), element, Map.of("sharePct", share), rnd);
				if (i < 3) {
					// Sources disagree about the hubs' shares (conflicts).
					w.fact(RelType.REFINES, countryIds.get(i), element, Map.of("sharePct", Math.min(99, share + 5)), rnd);
				}
			}
		}
		int trade = Math.max(countries.size(), rest / 20);
		for (int k = 0; k < trade; k++) {
			int from = countryZipf.sample(rnd);
			int to = countryZipf.sample(rnd);
			if (from != to) {
				String commodity = name(inputs.get(inputZipf.sample(rnd)));
				w.fact(RelType.EXPORTS_TO, countryIds.get(from), countryIds.get(to),
						Map.of("commodity", commodity, "quantity", (double) rnd.nextInt(10, 5000), "unit", "t"), rnd);
			}
		}

		// Companies.
		for (int c = 0; c < companies; c++) {
			int country = countryZipf.sample(rnd);
			String id = "company:syn-" + c;
			w.entity(row(id, Label.COMPANY, companyName(c), Map.of("country", countryCodes.get(country),
					"industry", c % 3 == 0 ? "DEFENSE" : c % 3 == 1 ? "AUTOMOTIVE" : "ELECTRONICS")));
			w.fact(RelType.LOCATED_IN, id, countryIds.get(country), Map.of(), rnd);
			if (rnd.nextInt(2) == 0) {
				w.fact(RelType.DEPENDS_ON, id, inputs.get(inputZipf.sample(rnd)),
						Map.of("originCountry", countryCodes.get(countryZipf.sample(rnd))), rnd);
			}
			if (c > 0) {
				int supplier = supplierZipf.sample(rnd);
				if (supplier != c) {
					w.fact(RelType.SUPPLIES, "company:syn-" + supplier, id, Map.of(), rnd);
				}
			}
		}
		w.flushEntities();
		// Mines, operated by companies, producing elements.
		for (int m = 0; m < mines; m++) {
			int country = countryZipf.sample(rnd);
			String id = "mine:syn-" + m;
			w.entity(row(id, Label.MINE, "Mine " + companyName(m * 7 + 3), Map.of("kind", "MINE", "country",
					countryCodes.get(country))));
			w.fact(RelType.LOCATED_IN, id, countryIds.get(country), Map.of(), rnd);
			w.fact(RelType.OPERATES, "company:syn-" + rnd.nextInt(companies), id, Map.of(), rnd);
			w.fact(RelType.PRODUCES, id, inputs.get(inputZipf.sample(rnd)), Map.of("quantity",
					(double) rnd.nextInt(100, 20000), "unit", "t"), rnd);
		}
		w.flushEntities();
		// Programmes: developed by a company, depending on materials (origin mostly a hub), supplied by big suppliers.
		for (int p = 0; p < programs; p++) {
			int country = countryZipf.sample(rnd);
			String id = "program:syn-" + p;
			w.entity(row(id, Label.PROGRAM, "Programme " + companyName(p * 13 + 5).toUpperCase(Locale.ROOT),
					Map.of("kind", rnd.nextInt(10) < 3 ? "DEFENSE" : "CIVIL", "country", countryCodes.get(country))));
			w.fact(RelType.DEVELOPS, "company:syn-" + rnd.nextInt(companies), id, Map.of(), rnd);
			int deps = 1 + rnd.nextInt(3);
			for (int d = 0; d < deps; d++) {
				w.fact(RelType.DEPENDS_ON, id, inputs.get(inputZipf.sample(rnd)),
						Map.of("originCountry", countryCodes.get(countryZipf.sample(rnd))), rnd);
			}
			w.fact(RelType.SUPPLIES, "company:syn-" + supplierZipf.sample(rnd), id, Map.of(), rnd);
		}
		w.flushEntities();
		w.flushFacts();
		return new Summary(w.entities, w.facts, "company:syn-10",
				"program:syn-" + (programs / 2));
	}

	private static int hubRank(CatalogEntity c) {
		int i = HUBS.indexOf(String.valueOf(c.properties().get("code")));
		return i < 0 ? HUBS.size() : i;
	}

	private static String name(String id) {
		return id.substring(id.indexOf(':') + 1).replace('-', ' ');
	}

	private static String companyName(int i) {
		StringBuilder sb = new StringBuilder();
		int n = i;
		do {
			sb.append(SYL[n % SYL.length]);
			n /= SYL.length;
		}
		while (n > 0);
		sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
		return sb + " " + (i % 4 == 0 ? "Materials" : i % 4 == 1 ? "Industries" : i % 4 == 2 ? "Metals" : "Systems");
	}

	private static Map<String, Object> catalogRow(CatalogEntity e) {
		Map<String, Object> props = new HashMap<>();
		e.properties().forEach((k, v) -> {
			if (v instanceof String || v instanceof Number || v instanceof Boolean) {
				props.put(k, v);
			}
		});
		List<String> aliases = new ArrayList<>(e.aliases());
		aliases.addAll(e.zh());
		return Map.of("id", e.id().toString(), "label", e.label().cypherName(), "name", e.name(), "aliases", aliases,
				"properties", props);
	}

	private static Map<String, Object> row(String id, Label label, String name, Map<String, Object> props) {
		return Map.of("id", id, "label", label.cypherName(), "name", name, "aliases", List.of(name), "properties", props);
	}

	/** Batches rows into the loader's write statements. */
	private static final class Writer {

		private final Driver driver;
		private final List<Map<String, Object>> entityRows = new ArrayList<>();
		private final List<Map<String, Object>> factRows = new ArrayList<>();
		private int entities;
		private long facts;

		Writer(Driver driver) {
			this.driver = driver;
		}

		void entity(Map<String, Object> row) {
			entityRows.add(row);
			entities++;
			if (entityRows.size() >= BATCH) {
				flushEntities();
			}
		}

		void fact(RelType type, String from, String to, Map<String, Object> props, SplittableRandom rnd) {
			long n = ++facts;
			Map<String, Object> evidence = new LinkedHashMap<>();
			evidence.put("document", "synthetic-" + (n % 997) + ".txt");
			evidence.put("article", "Synthetic article " + (n % 9973));
			evidence.put("publisher", "reegraph bench");
			evidence.put("published", LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000)));
			evidence.put("sentence", "Synthetic statement " + n + ": " + type + " from " + from + " to " + to + ".");
			evidence.put("rule", "synthetic." + type.name().toLowerCase(Locale.ROOT));
			evidence.put("confidence", 0.8);
			factRows.add(Map.of("factId", "fact:syn-" + n, "type", type.name(), "from", from, "to", to, "properties",
					props, "evidence", evidence));
			if (factRows.size() >= BATCH) {
				flushEntities();
				flushFacts();
			}
		}

		void flushEntities() {
			run("entities", entityRows);
		}

		void flushFacts() {
			flushEntities();
			run("facts", factRows);
		}

		private void run(String statement, List<Map<String, Object>> rows) {
			if (rows.isEmpty()) {
				return;
			}
			List<Map<String, Object>> batch = List.copyOf(rows);
			rows.clear();
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run(Statements.write(statement), Values.parameters("rows",
						batch)).consume());
			}
		}
	}

	/** Samples ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
	static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double s) {
			cumulative = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += 1.0 / Math.pow(i + 1, s);
				cumulative[i] = sum;
			}
			for (int i = 0; i < n; i++) {
				cumulative[i] /= sum;
			}
		}

		int sample(SplittableRandom rnd) {
			double u = rnd.nextDouble();
			int i = java.util.Arrays.binarySearch(cumulative, u);
			return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
		}
	}
}

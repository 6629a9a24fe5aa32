package org.reegraph.cypher.generate;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.reegraph.model.Evidence;
import org.reegraph.model.GraphContract;
import org.reegraph.model.Label;
import org.reegraph.model.PropertySpec;
import org.reegraph.model.RelationshipSpec;

/**
 * Expands the Cypher templates below {@code cypher/src/templates/} into the {@code .cypher} files the module ships.
 * A template is Cypher with placeholders {@code {{name arg…}}}: the per-type blocks the contract dictates (one write
 * block, constraint and branch per relationship type) and the fragments several files share (the fact projection,
 * the name/alias look-ups). The expanded files are plain Cypher, runnable as they are in Neo4j Browser; they are
 * checked in, and {@code GeneratedCypherTests} fails when they differ from what the templates and the contract give.
 * <p>
 * A placeholder expanding to several lines indents the lines after the first to the placeholder's column; the text
 * after the placeholder follows its last line.
 */
public final class CypherTemplates {

	/** The command that regenerates every generated file of the project (Cypher and GraphQL). */
	public static final String REGENERATE_COMMAND = "./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");

	/** Where a projection or a list wraps, counted from the start of the line. */
	private static final int WIDTH = 118;

	private final List<RelationshipSpec> types;

	/**
	 * A template engine for one contract.
	 *
	 * @param types the contract's relationship types, e.g. {@link GraphContract#relationships()}
	 */
	public CypherTemplates(List<RelationshipSpec> types) {
		this.types = List.copyOf(Objects.requireNonNull(types, "The templates need the contract's relationship types."));
	}

	/**
	 * {@return the template with every placeholder expanded}
	 *
	 * @param path the template's path below the templates folder, named in the generated notice and in errors
	 * @param template the template text
	 * @throws IllegalArgumentException when a placeholder is unknown or has the wrong arguments, naming the file
	 */
	public String expand(String path, String template) {
		StringBuilder out = new StringBuilder();
		for (String line : template.split("\n", -1)) {
			out.append(expandLine(path, line)).append('\n');
		}
		out.setLength(out.length() - 1);
		return out.toString();
	}

	private String expandLine(String path, String line) {
		Matcher m = PLACEHOLDER.matcher(line);
		if (!m.find()) {
			return line;
		}
		String before = line.substring(0, m.start());
		String after = line.substring(m.end());
		List<String> words = List.of(m.group(1).strip().split("\\s+"));
		List<String> lines = fragment(path, words.get(0), words.subList(1, words.size()), before.length());
		String indent = " ".repeat(before.length());
		StringBuilder sb = new StringBuilder(before).append(lines.get(0));
		for (String l : lines.subList(1, lines.size())) {
			sb.append('\n').append(l.isEmpty() ? "" : indent + l);
		}
		// a second placeholder on the same line is expanded too
		return expandLine(path, sb + after);
	}

	private List<String> fragment(String path, String name, List<String> args, int column) {
		return switch (name) {
			case "generated" -> args(path, name, args, 0, () -> List.of("// GENERATED: edit cypher/src/templates/org/reegraph/cypher/" + path
					+ " or the graph contract", "// (org.reegraph.model.RelType), then run `" + REGENERATE_COMMAND + "`."));
			case "factWrites" -> args(path, name, args, 0, this::factWrites);
			case "factConstraints" -> args(path, name, args, 0, this::factConstraints);
			case "labelConstraints" -> args(path, name, args, 0, CypherTemplates::labelConstraints);
			case "branches" -> args(path, name, args, 0, this::branches);
			case "nestedBranches" -> args(path, name, args, 0, this::nestedBranches);
			case "factProperties" -> args(path, name, args, 1, () -> projection(args.get(0), factPropertyKeys(), column));
			case "evidence" -> args(path, name, args, 1, () -> projection(args.get(0), evidenceKeys(), column));
			case "knownKeys" -> args(path, name, args, 0, () -> list(Stream.concat(factPropertyKeys().stream(),
					evidenceKeys().stream()).map(k -> "'" + k + "'").toList(), column));
			case "asOf" -> args.size() == 2 ? List.of(asOf(args.get(0), param(path, args.get(1))))
					: args(path, name, args, 1, () -> List.of(asOf(args.get(0), "$asOf")));
			case "entityLookup" -> entityLookup(path, args);
			case "countryLookup" -> args(path, name, args, 2, () -> countryLookup(args.get(0), param(path, args.get(1))));
			case "elementLookup" -> args(path, name, args, 2, () -> elementLookup(args.get(0), param(path, args.get(1))));
			default -> throw new IllegalArgumentException("The template " + path + " uses the unknown placeholder {{"
					+ name + "}}; known: generated, factWrites, factConstraints, labelConstraints, branches, "
					+ "nestedBranches, factProperties, evidence, knownKeys, asOf, entityLookup, countryLookup, elementLookup.");
		};
	}

	private static List<String> args(String path, String name, List<String> args, int count,
			java.util.function.Supplier<List<String>> expansion) {
		if (args.size() != count) {
			throw new IllegalArgumentException("The placeholder {{" + name + "}} in " + path + " takes " + count
					+ " argument(s), got " + args + ".");
		}
		return expansion.get();
	}

	/** {@return the keys of every fact property the contract names, in contract order} */
	List<String> factPropertyKeys() {
		return GraphContract.factProperties(types).stream().map(PropertySpec::name).toList();
	}

	/** {@return the keys the writer puts on every fact besides its properties: the evidence and the factId} */
	static List<String> evidenceKeys() {
		List<String> keys = new ArrayList<>(Arrays.stream(Evidence.class.getRecordComponents())
			.map(RecordComponent::getName).toList());
		keys.add("factId");
		return keys;
	}

	private List<String> factWrites() {
		List<String> lines = new ArrayList<>();
		for (RelationshipSpec t : types) {
			lines.add("CALL { UNWIND [row IN $rows WHERE row.type = '" + t.name() + "'] AS row");
			lines.add("  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})");
			lines.add("  MERGE (a)-[r:" + t.name() + " {factId: row.factId}]->(b) ON CREATE SET r += row.properties, "
					+ "r += row.evidence }");
		}
		return lines;
	}

	private List<String> factConstraints() {
		return types.stream().map(t -> "CREATE CONSTRAINT " + snake(t.name()) + "_fact_unique IF NOT EXISTS FOR ()-[r:"
				+ t.name() + "]-() REQUIRE r.factId IS UNIQUE;").toList();
	}

	private static List<String> labelConstraints() {
		List<String> lines = new ArrayList<>();
		lines.add("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:" + Label.ENTITY_LABEL + ") REQUIRE n.id IS UNIQUE;");
		for (Label l : Label.values()) {
			lines.add("CREATE CONSTRAINT " + l.idPrefix() + "_id IF NOT EXISTS FOR (n:" + l.cypherName()
					+ ") REQUIRE n.id IS UNIQUE;");
		}
		return lines;
	}

	private List<String> branches() {
		List<String> lines = new ArrayList<>();
		for (RelationshipSpec t : types) {
			String gate = "$type = '" + t.name() + "'";
			lines.add("MATCH (n)-[r:" + t.name() + "]->(m) WHERE " + gate + " AND $outgoing RETURN r, m");
			lines.add("UNION ALL");
			lines.add("MATCH (n)<-[r:" + t.name() + "]-(m) WHERE " + gate + " AND NOT $outgoing RETURN r, m");
			lines.add("UNION ALL");
		}
		return lines.subList(0, lines.size() - 1);
	}

	private List<String> nestedBranches() {
		List<String> lines = new ArrayList<>();
		for (RelationshipSpec t : types) {
			String gate = "$nestedType = '" + t.name() + "'";
			lines.add("WITH others WHERE " + gate + " AND $nestedOutgoing");
			lines.add("UNWIND others AS o MATCH (o)-[r:" + t.name() + "]->(m) RETURN o, r, m");
			lines.add("UNION ALL");
			lines.add("WITH others WHERE " + gate + " AND NOT $nestedOutgoing");
			lines.add("UNWIND others AS o MATCH (o)<-[r:" + t.name() + "]-(m) RETURN o, r, m");
			lines.add("UNION ALL");
		}
		return lines.subList(0, lines.size() - 1);
	}

	/** {@code r{.a, .b, …}}, wrapped under the first key. */
	private static List<String> projection(String variable, List<String> keys, int column) {
		List<String> items = keys.stream().map(k -> "." + k).toList();
		List<String> lines = wrap(items, column + variable.length() + 1, "}");
		List<String> out = new ArrayList<>();
		out.add(variable + "{" + lines.get(0));
		String pad = " ".repeat(variable.length() + 1);
		lines.subList(1, lines.size()).forEach(l -> out.add(pad + l));
		return out;
	}

	/** {@code [a, b, …]}, wrapped under the first item. */
	private static List<String> list(List<String> items, int column) {
		List<String> lines = wrap(items, column + 1, "]");
		List<String> out = new ArrayList<>();
		out.add("[" + lines.get(0));
		lines.subList(1, lines.size()).forEach(l -> out.add(" " + l));
		return out;
	}

	/** Joins the items with ", " into lines that end before {@link #WIDTH} when they start at the column. */
	private static List<String> wrap(List<String> items, int column, String close) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i) + (i == items.size() - 1 ? close : ",");
			if (line.length() > 0 && column + line.length() + 1 + item.length() > WIDTH) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() == 0 ? "" : " ").append(item);
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * An entity by id, ISO code, symbol, name or alias: {@code {{entityLookup x $param [Label…]}}}, optionally only
	 * entities of the given labels. Exact id first, then exact code, then by id.
	 */
	private static List<String> entityLookup(String path, List<String> args) {
		if (args.size() < 2) {
			throw new IllegalArgumentException("The placeholder {{entityLookup}} in " + path
					+ " takes a variable, a $parameter and optionally labels, got " + args + ".");
		}
		String x = args.get(0);
		String p = param(path, args.get(1));
		List<String> labels = args.subList(2, args.size()).stream().map(l -> Label.fromName(l)
			.orElseThrow(() -> new IllegalArgumentException("The template " + path + " looks up the unknown label " + l
					+ "; labels: " + GraphContract.labelNames() + ".")).cypherName()).toList();
		String ids = x + ".id = " + p + " OR " + x + ".code = toUpper(" + p + ") OR " + x + ".symbol = " + p;
		String names = "OR " + x + ".nameLower = toLower(" + p + ") OR toLower(" + p + ") IN [a IN " + x
				+ ".aliases | toLower(a)]";
		List<String> lines = new ArrayList<>();
		lines.add("MATCH (" + x + ":" + Label.ENTITY_LABEL + ")");
		if (labels.isEmpty()) {
			lines.add("WHERE " + ids);
			lines.add("   " + names);
		}
		else {
			lines.add("WHERE (" + String.join(" OR ", labels.stream().map(l -> x + ":" + l).toList()) + ")");
			lines.add("  AND (" + ids);
			lines.add("       " + names + ")");
		}
		lines.add("RETURN " + x + " ORDER BY " + x + ".id = " + p + " DESC, " + x + ".code = toUpper(" + p + ") DESC, "
				+ x + ".id LIMIT 1");
		return lines;
	}

	/**
	 * Whether a statement counts as of {@code $asOf} ({@code {{asOf r}}}, or another date parameter:
	 * {@code {{asOf r $nestedAsOf}}}). With no date every statement counts; with
	 * one, statements published on or before it, and reference catalog facts (timeless, never a source's claim);
	 * a statement whose document gives no date is left out, as nobody can say it was known by then.
	 */
	static String asOf(String r, String p) {
		return "(" + p + " IS NULL OR " + r + ".published <= date(" + p + ") OR (" + r + ".published IS NULL AND " + r
				+ ".rule STARTS WITH 'catalog.'))";
	}

	/** A country by ISO code, id, name or alias: {@code {{countryLookup c $param}}}; an exact code first. */
	private static List<String> countryLookup(String c, String p) {
		return List.of("MATCH (" + c + ":Country)",
				"WHERE " + c + ".code = toUpper(" + p + ") OR " + c + ".id = " + p + " OR " + c + ".nameLower = toLower("
						+ p + ")",
				"   OR toLower(" + p + ") IN [a IN " + c + ".aliases | toLower(a)]",
				"RETURN " + c + " ORDER BY " + c + ".code = toUpper(" + p + ") DESC, " + c + ".id LIMIT 1");
	}

	/**
	 * An element or material by symbol, id, name or alias: {@code {{elementLookup e $param}}}; an exact symbol first,
	 * then elements before materials and groups.
	 */
	private static List<String> elementLookup(String e, String p) {
		return List.of("MATCH (" + e + ":Element)",
				"WHERE toLower(" + e + ".symbol) = toLower(" + p + ") OR " + e + ".id = " + p + " OR " + e
						+ ".nameLower = toLower(" + p + ")",
				"   OR toLower(" + p + ") IN [a IN " + e + ".aliases | toLower(a)]",
				"RETURN " + e + " ORDER BY " + e + ".symbol = " + p + " DESC, " + e + ".kind = 'ELEMENT' DESC, " + e
						+ ".id LIMIT 1");
	}

	private static String param(String path, String word) {
		if (!word.matches("\\$[A-Za-z][A-Za-z0-9]*")) {
			throw new IllegalArgumentException("A look-up in " + path + " takes a $parameter, got '" + word + "'.");
		}
		return word;
	}

	private static String snake(String type) {
		return type.toLowerCase(java.util.Locale.ROOT);
	}
}

package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.reegraph.model.Label;
import org.reegraph.model.PropertySpec;
import org.reegraph.model.RelationshipSpec;

/**
 * Generates {@code relations.graphqls} from the contract: for every relationship type its own object type (a
 * {@code TradeFlow} for {@code EXPORTS_TO}) with the type's properties as typed, described fields and its ends
 * typed by the labels the contract allows there, a filter input with those properties, the unions the ends need,
 * and the relationship fields of the entity types as {@code extend type} blocks. {@code GeneratedSchemaTests} fails
 * when the checked-in file differs from what this gives; {@link GeneratedSchema} writes it.
 */
final class RelationSchema {

	/** The file, below api/src/main/resources. */
	static final String FILE = "relations.graphqls";

	private RelationSchema() {
	}

	/**
	 * {@return the schema text for a contract}
	 *
	 * @param contract the relationship types, e.g. {@code GraphContract.relationships()}
	 */
	static String source(List<RelationshipSpec> contract) {
		List<String> out = new ArrayList<>();
		out.add("# GENERATED from the graph contract (org.reegraph.model.RelType) by org.reegraph.api.graphql.RelationSchema:");
		out.add("# edit the contract, then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.");
		out.add("# One object type per relationship type, with the properties the contract names for it as typed fields,");
		out.add("# a filter input per type, a connection and edge type per type, and the relationship fields of the entity types");
		out.add("# (entities.graphqls): each as a list (offset paging, deprecated) and as a Relay connection (keyset cursors).");
		Map<String, Set<Label>> unions = new LinkedHashMap<>();
		for (RelationshipSpec spec : contract) {
			for (Set<Label> end : List.of(spec.from(), spec.to())) {
				if (end.size() > 1) {
					unions.putIfAbsent(RelationFields.endType(end), end);
				}
			}
		}
		unions.forEach((name, labels) -> {
			out.add("");
			out.add(quote("One of: " + labels.stream().map(Label::cypherName).collect(Collectors.joining(", ")) + "."));
			out.add("union " + name + " = " + labels.stream().map(Label::cypherName).collect(Collectors.joining(" | ")));
		});
		for (RelationshipSpec spec : contract) {
			out.add("");
			objectType(out, spec);
			out.add("");
			filter(out, spec);
			out.add("");
			connection(out, spec);
		}
		Map<Label, List<RelationFields.Reading>> byLabel = new LinkedHashMap<>();
		RelationFields.readings(contract).forEach(r -> byLabel.computeIfAbsent(r.label(), l -> new ArrayList<>()).add(r));
		byLabel.forEach((label, readings) -> {
			out.add("");
			out.add("extend type " + label.cypherName() + " {");
			for (RelationFields.Reading r : readings) {
				out.add("  " + quote(r.description()));
				out.add("  " + r.field() + "(\"Only some of them.\" where: " + r.spec().factName()
						+ "Filter, \"How many to skip.\" offset: Int = 0 @deprecated(reason: \"" + OFFSET_DEPRECATION
						+ "\"), \"The most to return.\" first: Int = 20, " + AS_OF + "): ["
						+ r.spec().factName() + "!]!");
				out.add("  " + quote(r.description().replaceFirst("\\)$", "; a Relay connection with keyset cursors)")));
				out.add("  " + r.field() + "Connection(\"Only some of them.\" where: " + r.spec().factName() + "Filter, "
						+ AS_OF + ", \"The most edges to return, from the start (default 20 when last is not given either).\" "
						+ "first: Int, \"Only edges after this cursor.\" after: String, \"The most edges to return, from the "
						+ "end; not together with first.\" last: Int, \"Only edges before this cursor.\" before: String): "
						+ r.spec().factName() + "Connection!");
			}
			out.add("}");
		});
		return String.join("\n", out) + "\n";
	}

	/** Why offset is deprecated on the relationship list fields. */
	static final String OFFSET_DEPRECATION = "Skips by position, so a page repeats or skips statements when the graph "
			+ "grows between requests; use the field's Connection twin with after/before cursors.";

	private static final String AS_OF = "\"Only statements published on or before this date (undated documents then "
			+ "do not count; reference facts always do); null for all.\" asOf: Date";

	private static void connection(List<String> out, RelationshipSpec spec) {
		String fact = spec.factName();
		out.add(quote("One page of " + fact + " relationships (" + spec.name() + "), newest statement first (undated "
				+ "ones first of all), then by factId."));
		out.add("type " + fact + "Connection {");
		field(out, "The page's relationships, each with its cursor.", "edges: [" + fact + "Edge!]!");
		field(out, "Where the page stands.", "pageInfo: PageInfo!");
		field(out, "How many relationships the filter keeps in all, cursors aside (counted only when selected).",
				"totalCount: Int!");
		out.add("}");
		out.add("");
		out.add(quote("One " + fact + " relationship and its cursor."));
		out.add("type " + fact + "Edge {");
		field(out, "An opaque cursor holding the relationship's sort key (its date and factId); pass it as after or before.",
				"cursor: String!");
		field(out, "The relationship.", "node: " + fact + "!");
		out.add("}");
	}

	private static void objectType(List<String> out, RelationshipSpec spec) {
		out.add(quote(spec.description() + " One source statement (" + spec.name() + ") from " + ends(spec.from())
				+ " to " + ends(spec.to()) + "."));
		out.add("type " + spec.factName() + " implements Relation {");
		field(out, "The relationship type, always " + spec.name() + ".", "type: String!");
		field(out, "True when the relationship starts at the entity it was asked on.", "outgoing: Boolean!");
		field(out, "Where it starts: " + ends(spec.from()) + ".", "from: " + RelationFields.endType(spec.from()) + "!");
		field(out, "Where it ends: " + ends(spec.to()) + ".", "to: " + RelationFields.endType(spec.to()) + "!");
		field(out, "The entity at the other end from the one it was asked on.", "other: Entity!");
		for (PropertySpec p : spec.properties()) {
			field(out, p.description(), p.name() + ": " + scalar(p));
		}
		field(out, "What the source states that the contract does not name for " + spec.name()
				+ ", as a JSON object; null when nothing.", "extra: JSON");
		field(out, "Every property of the fact as a JSON object, named or not.",
				"properties: JSON @deprecated(reason: \"Select the typed fields; extra holds what the contract does not name.\")");
		field(out, "The source statement.", "evidence: Evidence!");
		out.add("}");
	}

	private static void filter(List<String> out, RelationshipSpec spec) {
		out.add(quote("Which " + spec.factName() + " relationships to return: those to one entity or label, or with the "
				+ "given figures (all given conditions hold; text compared in any case)."));
		out.add("input " + spec.factName() + "Filter {");
		field(out, "Only relationships to the entity with this id.", "otherId: ID");
		field(out, "Only relationships to entities with this label (Country, Company…).", "otherLabel: String");
		for (PropertySpec p : spec.properties()) {
			field(out, "Only those whose " + p.name() + " is this. " + p.description(), p.name() + ": " + scalar(p));
		}
		out.add("}");
	}

	private static void field(List<String> out, String description, String definition) {
		out.add("  " + quote(description));
		out.add("  " + definition);
	}

	private static String ends(Set<Label> labels) {
		List<String> names = labels.stream().map(l -> "a " + l.cypherName()).toList();
		return names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	private static String scalar(PropertySpec p) {
		return switch (p.type()) {
			case STRING -> "String";
			case INTEGER -> "Int";
			case FLOAT -> "Float";
			case DATE -> "Date";
		};
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}

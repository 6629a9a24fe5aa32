package org.reegraph.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the PlantUML source of the data-model picture ({@code docs/diagrams/data-model.puml}) from the graph
 * contract itself — labels, relationship types with their from/to labels, the properties each type names and
 * the evidence every relationship carries — so the picture cannot drift from the code. All relationship types
 * between the same two labels share one arrow, labelled with their names in contract order.
 */
final class DataModelDiagram {

	/** The one command that regenerates the source and re-renders every picture. */
	static final String REGENERATE_COMMAND = "./mvnw -B -q -pl graph-model -Pdiagrams process-test-classes";

	private DataModelDiagram() {
	}

	/** {@return the PlantUML source, with Unix line endings and a final newline} */
	static String source() {
		List<String> lines = new ArrayList<>();
		lines.add("@startuml");
		lines.add("' GENERATED from org.reegraph.model.GraphContract by DataModelDiagram (graph-model tests): do not edit.");
		lines.add("' Regenerate with: " + REGENERATE_COMMAND);
		lines.add("!pragma layout smetana");
		lines.add("skinparam shadowing false");
		lines.add("skinparam classBackgroundColor #FDFDF6");
		lines.add("skinparam classBorderColor #4B4B4B");
		lines.add("skinparam arrowColor #4B6FA6");
		lines.add("skinparam arrowFontSize 10");
		lines.add("skinparam arrowFontColor #2B4870");
		lines.add("hide circle");
		lines.add("hide methods");
		lines.add("title The graph contract: " + GraphContract.labels().size() + " labels, "
				+ GraphContract.relationshipTypes().size() + " relationship types, "
				+ GraphContract.allowedTriples().size() + " allowed (label)-[TYPE]->(label) triples");
		lines.add("");
		for (Label label : GraphContract.labels()) {
			lines.add("class " + label.cypherName() + " <<" + Label.ENTITY_LABEL + ">> {");
			lines.add("  id: " + label.idPrefix() + ":…");
			lines.add("}");
		}
		lines.add("");
		for (Map.Entry<List<Label>, List<RelType>> edge : edges().entrySet()) {
			Label from = edge.getKey().get(0);
			Label to = edge.getKey().get(1);
			String types = edge.getValue().stream().map(RelType::name).collect(Collectors.joining("\\n"));
			lines.add(from.cypherName() + " --> " + to.cypherName() + " : " + types);
		}
		lines.add("");
		lines.add("legend right");
		lines.add("|= Relationship type |= Fact properties (besides the evidence) |");
		for (RelType type : GraphContract.relationshipTypes()) {
			String properties = type.properties().isEmpty() ? "(none)" : String.join(", ", type.properties());
			lines.add("| " + type.name() + " | " + properties + " |");
		}
		lines.add("Every relationship carries its evidence: " + evidenceComponents() + ".");
		lines.add("Every entity node also carries the label " + Label.ENTITY_LABEL + " and a unique id.");
		lines.add("endlegend");
		lines.add("@enduml");
		return String.join("\n", lines) + "\n";
	}

	/** {@return the allowed triples grouped by (from, to), in contract order of the first type} */
	private static Map<List<Label>, List<RelType>> edges() {
		Map<List<Label>, List<RelType>> edges = new LinkedHashMap<>();
		for (Triple triple : GraphContract.allowedTriples()) {
			edges.computeIfAbsent(List.of(triple.from(), triple.to()), k -> new ArrayList<>()).add(triple.type());
		}
		return edges;
	}

	private static String evidenceComponents() {
		return Arrays.stream(Evidence.class.getRecordComponents()).map(RecordComponent::getName)
			.collect(Collectors.joining(", "));
	}
}

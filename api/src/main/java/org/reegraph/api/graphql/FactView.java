package org.reegraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.Relation;
import org.reegraph.model.RelType;

/**
 * One relationship as a relationship field returns it: the object of the type's own GraphQL type (a
 * {@code TradeFlow} for {@code EXPORTS_TO}), with its ends in the direction stored, the properties the contract
 * names for the type as typed fields and the rest as {@code extra}.
 *
 * @param relType the relationship type
 * @param asked the entity the field was asked on
 * @param relation the relationship, seen from that entity
 */
record FactView(RelType relType, EntityView asked, Relation relation) {

	FactView {
		Objects.requireNonNull(relType, "A fact view needs its type.");
		Objects.requireNonNull(asked, "A fact view needs the entity it was asked on.");
		Objects.requireNonNull(relation, "A fact view needs its relationship.");
	}

	/** {@return the GraphQL object type of this relationship, e.g. TradeFlow} */
	String graphQLType() {
		return relType.spec().factName();
	}

	/**
	 * {@return the value of a field of the relationship's type}
	 *
	 * @param field the field's name
	 */
	Object field(String field) {
		return switch (field) {
			case "type" -> relation.type();
			case "outgoing" -> relation.outgoing();
			case "other" -> relation.other();
			case "from" -> relation.outgoing() ? asked : relation.other();
			case "to" -> relation.outgoing() ? relation.other() : asked;
			case "evidence" -> relation.evidence();
			case "properties" -> relation.properties();
			case "extra" -> extra();
			default -> relation.properties().get(field);
		};
	}

	/** {@return the properties the contract does not name for the type, or null when there are none} */
	Map<String, Object> extra() {
		Map<String, Object> extra = new LinkedHashMap<>(relation.properties());
		extra.keySet().removeAll(relType.properties());
		return extra.isEmpty() ? null : extra;
	}
}

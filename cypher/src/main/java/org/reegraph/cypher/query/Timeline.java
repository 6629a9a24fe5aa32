package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What was stated about an entity, in date order, as {@link ReegraphQueries#timeline} answers it.
 *
 * @param entity the entity
 * @param statusAtEnd for a policy or agreement, the status in force at the end of the window (or at the latest
 *        statement); null when none is known
 * @param statuses the status changes in the window, oldest first
 * @param statements the statements in the window, oldest first, undated ones last
 */
public record Timeline(EntityView entity, String statusAtEnd, List<StatusChange> statuses, List<Statement> statements) {

	/**
	 * Copies.
	 *
	 * @param entity the entity
	 * @param statusAtEnd the status in force at the end of the window, or null
	 * @param statuses the status changes, oldest first
	 * @param statements the statements, oldest first
	 */
	public Timeline {
		statuses = List.copyOf(statuses);
		statements = List.copyOf(statements);
	}

	/**
	 * A status a policy or agreement took on a date.
	 *
	 * @param published the date of the statement that sets it
	 * @param status e.g. {@code IN_FORCE}, {@code SUSPENDED}
	 * @param basis {@code STATEMENT} (a fact about the entity carries it), {@code AGREEMENT_TERM} (an agreement
	 *        its issuer is party to pauses, suspends or lifts measures of its kind) or {@code ENTITY} (the status
	 *        the sources give the entity, from its first statement)
	 * @param evidence the statement
	 */
	public record StatusChange(LocalDate published, String status, String basis, EvidenceView evidence) {
	}

	/**
	 * One statement about the entity.
	 *
	 * @param published its date; null for a document without one
	 * @param type the relationship type
	 * @param outgoing true when the relationship starts at the entity
	 * @param other the entity at the other end
	 * @param figures the figures it states (nulls left out)
	 * @param status the status it states, if any
	 * @param previousPublished the date of the previous statement of the same relationship, or null
	 * @param previousFigures that statement's figures (empty when none)
	 * @param previousStatus that statement's status
	 * @param changed the properties (or {@code status}) whose value differs from the previous statement's
	 * @param evidence the source
	 */
	public record Statement(LocalDate published, String type, boolean outgoing, EntityView other,
			Map<String, Object> figures, String status, LocalDate previousPublished, Map<String, Object> previousFigures,
			String previousStatus, List<String> changed, EvidenceView evidence) {

		/**
		 * Copies.
		 *
		 * @param published its date, or null
		 * @param type the relationship type
		 * @param outgoing true when the relationship starts at the entity
		 * @param other the other end
		 * @param figures its figures
		 * @param status its status
		 * @param previousPublished the previous statement's date
		 * @param previousFigures the previous statement's figures
		 * @param previousStatus the previous statement's status
		 * @param changed what changed
		 * @param evidence the source
		 */
		public Statement {
			figures = Map.copyOf(figures);
			previousFigures = Map.copyOf(previousFigures);
			changed = List.copyOf(changed);
		}

		/** {@return true when the statement's document gives no date} */
		public boolean undated() {
			return published == null;
		}
	}
}

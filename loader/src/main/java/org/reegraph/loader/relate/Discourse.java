package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.List;

import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.model.Label;

/**
 * What the article has said so far: the countries and element last mentioned and the last month or year,
 * so that a sentence such as "5577吨稀土磁铁涌向美国" (no month, no exporter) can be read in context. Rules
 * that use the discourse lower their confidence. One instance per article; not thread-safe.
 */
public final class Discourse {

	private List<EntityRef> previousCountries = List.of();
	private List<EntityRef> articleCountries = new ArrayList<>();
	private final java.util.Map<String, Integer> elementCounts = new java.util.HashMap<>();
	private final java.util.Map<String, EntityRef> elementsById = new java.util.LinkedHashMap<>();
	private EntityRef lastAgreement;
	private List<EntityRef> lastAgreementParties = List.of();
	private Integer lastMonth;
	private Integer lastYear;

	/**
	 * Records a sentence once its rules have run.
	 *
	 * @param mentions the sentence's mentions
	 * @param month the month the sentence named, or null
	 * @param year the year it named, or null
	 */
	public void advance(List<Mention> mentions, Integer month, Integer year) {
		List<EntityRef> countries = new ArrayList<>();
		for (Mention m : mentions) {
			if (m.entity().label() == Label.COUNTRY && countries.stream().noneMatch(c -> c.id().equals(m.entity().id()))) {
				countries.add(m.entity());
			}
			if (m.entity().label() == Label.ELEMENT) {
				elementCounts.merge(m.entity().id().toString(), 1, Integer::sum);
				elementsById.putIfAbsent(m.entity().id().toString(), m.entity());
			}
		}
		if (!countries.isEmpty()) {
			previousCountries = List.copyOf(countries);
			for (EntityRef c : countries) {
				if (articleCountries.stream().noneMatch(a -> a.id().equals(c.id()))) {
					articleCountries.add(c);
				}
			}
		}
		if (month != null) {
			lastMonth = month;
			lastYear = year;
		}
		else if (year != null) {
			lastYear = year;
			lastMonth = null;
		}
	}

	/** {@return the countries of the last sentence that named any} */
	public List<EntityRef> previousCountries() {
		return previousCountries;
	}

	/** {@return every country the article has named so far, in order of first mention} */
	public List<EntityRef> articleCountries() {
		return List.copyOf(articleCountries);
	}

	/**
	 * Remembers the agreement a sentence was about, so "the agreement" in a later sentence refers to it.
	 *
	 * @param agreement the agreement
	 * @param parties its parties
	 */
	public void agreement(EntityRef agreement, List<EntityRef> parties) {
		lastAgreement = agreement;
		lastAgreementParties = List.copyOf(parties);
	}

	/** {@return the last agreement the article named, or null} */
	public EntityRef lastAgreement() {
		return lastAgreement;
	}

	/** {@return the parties of the last agreement} */
	public List<EntityRef> lastAgreementParties() {
		return lastAgreementParties;
	}

	/**
	 * {@return the element or material the article has named most often so far (the first on ties), or null: the
	 * article's topic, for sentences that leave the commodity implicit}
	 */
	public EntityRef mainElement() {
		EntityRef best = null;
		int count = 0;
		for (var e : elementsById.entrySet()) {
			int n = elementCounts.get(e.getKey());
			if (n > count) {
				best = e.getValue();
				count = n;
			}
		}
		return best;
	}


	/** {@return the last month named, or null} */
	public Integer lastMonth() {
		return lastMonth;
	}

	/** {@return the year of the last month or year named, or null} */
	public Integer lastYear() {
		return lastYear;
	}
}

package org.reegraph.loader.relate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.text.GuardedPattern;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/** Rules for prices: a material's price stated in a market. */
final class PriceRules {

	private PriceRules() {
	}

	static List<RelationRule> all() {
		return List.of(new PricedIn());
	}

	/**
	 * "Dysprosium oxide prices in China rose 12% to $310 per kg in May": a price in US dollars per kilogram, the
	 * material and one market country in the clause. A clause naming two countries ("$95 per kilogram for U.S.
	 * magnets, compared to $45 for Chinese imports") or none is left alone: which price belongs to which market,
	 * or whether the source's own country is meant, is not something a sentence pattern can tell.
	 */
	static final class PricedIn implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\bpric(?:e|es|ed|ing)\\b|(价格)"), "pric", "价格");
		/**
		 * A floor, ceiling or contract price is a policy's or a deal's figure ({@code priceUsdPerKg}), not a market's:
		 * a clause that names one is left alone, whichever of its price words the amount stands nearest.
		 */
		private static final Pattern NOT_A_MARKET_PRICE = Pattern.compile("(?i)\\b(?:(?:minimum|maximum|guaranteed|"
				+ "purchase|procurement|contract|support)\\s+pric(?:e|es|ing)|price\\s+(?:floor|ceiling|cap)s?)\\b");
		/** The market a currency speaks for when a sentence names none. */
		private static final java.util.Map<String, String> CURRENCY_MARKET = java.util.Map.of("CNY", "CN", "EUR", "EU");
		private static final Pattern FORM = Pattern.compile("(?i)\\b(oxide|metal|alloy|carbonate|concentrate)s?\\b");
		private static final Pattern PURITY = Pattern
			.compile("(?i)(\\d{2}(?:\\.\\d+)?)\\s*%\\s*(?:purity|pure)\\b|\\bpurity of\\s*(\\d{2}(?:\\.\\d+)?)\\s*%");
		private static final Pattern CHANGE = Pattern.compile("(?i)\\b(ris(?:e|es|ing)|rose|climb(?:s|ed)?|jump(?:s|ed)?"
				+ "|surg(?:e|es|ed)|soar(?:s|ed)?|up|gain(?:s|ed)?|fell|fall(?:s|ing)?|drop(?:s|ped)?|declin(?:e|es|ed)"
				+ "|slid|down|los(?:t|es))\\b");
		private static final Pattern DOWN = Pattern.compile("(?i)\\b(fell|fall(?:s|ing)?|drop(?:s|ped)?|declin(?:e|es|ed)"
				+ "|slid|down|los(?:t|es))\\b");

		@Override
		public String name() {
			return "prices.in";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				String text = c.text().substring(clause.start(), clause.end());
				if (NOT_A_MARKET_PRICE.matcher(text).find()) {
					continue;
				}
				Optional<Amount> price = c.amount(Amount.Kind.PRICE_PER_KG, m.end(), clause);
				Optional<Amount> stated = price.isPresent() ? Optional.empty() : c.amount(Amount.Kind.PRICE, m.end(), clause);
				Optional<EntityRef> material = c.commodity(clause);
				List<EntityRef> markets = c.inside(clause, Set.of(Label.COUNTRY)).stream().map(Mention::entity)
					.distinct().toList();
				if (markets.isEmpty() && stated.isPresent()) {
					// a price in yuan is a Chinese market's, one in euros a European market's, when no market is named
					markets = CURRENCY_MARKET.entrySet().stream().filter(e -> stated.get().unit().startsWith(e.getKey()))
						.map(e -> c.countries().apply(e.getValue())).flatMap(Optional::stream).toList();
				}
				if (stated.isPresent() && markets.size() == 1) {
					// "1.2 million yuan/t … in Europe", "欧洲价格为每千克800欧元" beside a yuan price: a named market
					// whose currency is another one's is not this price's market
					String currency = stated.get().unit().split("/")[0];
					String own = CURRENCY_MARKET.get(currency);
					String named = markets.get(0).countryCode();
					if (own != null && !own.equals(named) || own == null && !currency.equals("USD")) {
						continue;
					}
				}
				if (price.isEmpty() && stated.isEmpty() || material.isEmpty() || markets.size() != 1) {
					continue;
				}
				Props p = new Props();
				if (price.isPresent()) {
					p.put("usdPerKg", price.get().asNumber());
				}
				else {
					String[] unit = stated.get().unit().split("/");
					p.put("price", stated.get().asNumber()).put("currency", unit[0]).put("unit", unit[1]);
				}
				Matcher form = FORM.matcher(text);
				if (form.find()) {
					p.put("form", form.group(1).toLowerCase(java.util.Locale.ROOT));
				}
				Matcher purity = PURITY.matcher(text);
				boolean hasPurity = purity.find();
				if (hasPurity) {
					p.put("purity", (purity.group(1) != null ? purity.group(1) : purity.group(2)) + "%");
				}
				for (Amount pct : c.amounts(Amount.Kind.PERCENT, clause)) {
					if (hasPurity && pct.start() >= clause.start() + purity.start()
							&& pct.end() <= clause.start() + purity.end()) {
						continue;
					}
					String before = c.text().substring(Math.max(clause.start(), pct.start() - 20), pct.start());
					if (CHANGE.matcher(before).find()) {
						p.put("changePct", SentenceContext.number(DOWN.matcher(before).find() ? pct.value().negate()
								: pct.value()));
						break;
					}
				}
				p.put("period", c.period(clause));
				return List.of(new RawFact(RelType.PRICED_IN, material.get(), markets.get(0), p.build(), name(), 0.75));
			}
			return List.of();
		}
	}
}

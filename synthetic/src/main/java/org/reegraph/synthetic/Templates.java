package org.reegraph.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.reegraph.model.RelType;

/**
 * Sentence templates: for every relationship type of the graph contract several English wordings the loader's
 * rules read (and, where the loader reads Chinese, Chinese ones), plus filler sentences that state no relation.
 * Slots in braces are filled by {@link Slots}; see there for the slot names.
 */
final class Templates {

	/** A sentence shape and the relationship it states ({@code null} for filler). */
	record Template(RelType type, String text) {
	}

	private static final Map<RelType, List<String>> ENGLISH = new EnumMap<>(RelType.class);

	private static final Map<RelType, List<String>> CHINESE = new EnumMap<>(RelType.class);

	static {
		en(RelType.EXPORTS_TO, "In {month}, {c1s} {e} exports to {c2} climbed to {q}.",
				"{c1s} shipments of {e} to {c2} fell {pct} from a year earlier, to {q}.",
				"{c2} imported {pct} of its {e} from {c1} in {year}.",
				"{c2} bought {q} of {e} concentrate from {c1} during {month}.",
				"Customs figures show exports of {e} from {c1} to {c2} reached {q} in {year}.",
				"{co} sold {q} of {m} to {c2} in the last quarter.");
		zh(RelType.EXPORTS_TO, "{zc1}对{zc2}的{ze}出口在{mnum}月增至{qzh}。", "{zc1}的{qzh}{ze}于{mnum}月运往{zc2}。");
		en(RelType.REFINES_FOR, "Concentrate from {mine} is shipped to {rc} for refining.",
				"{c1} still sends much of its {e} ore to {c2} for separation.",
				"{co} has its {e} concentrate refined in {c2}.",
				"{c1} has most of its {e} separated in {c2}.");
		en(RelType.SUPPLIES, "{co} supplies {m} to {mfr}.",
				"{co} has been named the sole supplier of {e} for the {p}.",
				"{mine} supplied {e} concentrate to {co} under a multi-year arrangement.",
				"{c1} supplies the {m} used in the {p}.");
		en(RelType.INVESTS_IN, "{org} invested {usd} in {co}.", "{co} is investing {usd} in {mine}.",
				"{org} approved a {usd} loan to {co} to expand {e} separation.",
				"{co} took a {pct} equity stake in {co2} for {usd}.",
				"{c1} committed {usd} in funding for the {p}.");
		en(RelType.SANCTIONS, "{c1} imposed a {pct} tariff on imports from {c2}.",
				"{c1} threatened {pct} tariffs on {c2s} {m}.", "{norg} imposed sanctions on {co} over its {e} trade.",
				"{c1} announced sanctions against {co2} in {month}.");
		en(RelType.ISSUED_BY, "{c1s} export controls on {e} took effect in {month}.",
				"{c1} tightened export restrictions on {e} and {e2} in {year}.",
				"{norg} enacted the {act} Act to support {e} refining.");
		zh(RelType.ISSUED_BY, "{zc1}宣布对{ze}相关物项实施出口管制。");
		en(RelType.TARGETS, "{c1} introduced export controls targeting {c2} that cover {e} products.",
				"{c1} set a price floor for {e} aimed at {c2} suppliers.",
				"{c1} imposed export restrictions against {co} in {month}.");
		en(RelType.COVERS, "{c1s} export curbs on {e} and {e2} were widened in {month}.");
		en(RelType.PARTY_TO, "{c1} and {c2} signed a critical minerals agreement covering {e} and {e2}.",
				"{co} signed a {usd} supply contract with {co2}.",
				"{c1} and {c2} agreed a strategic partnership on {e} processing.",
				"{co} signed a {usd} contract with {norg} to build a {e} plant.");
		en(RelType.HOLDS_RESERVES, "{c1} holds {pct} of global {e} reserves.",
				"{c1} has {q} of {e} reserves, according to geological surveys.",
				"{e} deposits are found in several countries, including {c1} and {c2}.");
		en(RelType.PRODUCES, "{c1} produced {q} of {e} in {year}.", "{mineOp} is extracting {e} at its {mine} site.",
				"{e} producers like {c1} and {c2} gained market share.",
				"{mine} is expected to produce {q} of {e} a year.");
		en(RelType.REFINES, "{co} refines {e} in {c1}.", "{c1} holds {pct} of {e} refining capacity.",
				"{co} processes {e} at a new plant.");
		en(RelType.DEPENDS_ON, "The {p} requires {c1adj}-origin {m}.", "{mfr} relies heavily on {e} from {c1}.",
				"A shortage of {e} left manufacturers such as {mfr} and {mfr2} facing production halts.",
				"{c1} depends on {c2} for {pct} of its {e} supply.", "The {p} needs {m} to work.");
		zh(RelType.DEPENDS_ON, "{zc1}对{zc2}{ze}的依赖仍在加深。");
		en(RelType.OPERATES, "{mine}, operated by {mineOp}, restarted after maintenance.",
				"{mineOp} operates {mine} and plans to double output.", "{mineOp} owns {mine} outright.");
		en(RelType.LOCATED_IN, "{coBase}-based {co} announced a new {e} line.",
				"{coPoss} {co} reported a quarterly loss.",
				"{co}, based in {coName}, hired a new chief executive.");
		en(RelType.ACQUIRES, "{co} is acquiring {co2} for {usd}.", "{co} completed its takeover of {co2} in {month}.",
				"{co} bought {co2} to secure {e} feedstock.");
		en(RelType.DEVELOPS, "{pDev} builds the {p}.", "{pDev} manufactures the {p} at several plants.",
				"{pDev} is the maker of the {p}.");
		en(RelType.CONTAINS, "{mat} {matVerb} {mc1} and {mc2}.", "{mat} {matBe} made with {mc1}.");
		en(RelType.STOCKPILES, "{c1s} strategic reserves of {e} are sufficient for {n} months.",
				"{norg} is stockpiling {q} of {e}.",
				"{co} has built a stockpile of {e} to cover {n} months of production.");
		en(RelType.PRICED_IN, "In {month}, {e} oxide prices in {c1} rose {pct} to {usdkg}.",
				"{e} metal was priced at {usdkg} in {c1} in {month}.");
		for (RelType t : RelType.values()) {
			if (!ENGLISH.containsKey(t)) {
				throw new IllegalStateException("No sentence template states " + t + ".");
			}
		}
	}

	/** Sentences that state no relationship the loader reads: market colour, quotes, outlook. */
	static final List<String> FILLER = List.of("Analysts said the outlook for {e} prices remains uncertain.",
			"Trading in {e} oxide was thin this week as buyers waited for clearer signals.",
			"Officials from {c1} and {c2} are due to meet again in {month}.",
			"The article drew wide attention on social media.",
			"Several industry associations called for more transparency in pricing.",
			"Spot quotes for {e} were little changed compared with the previous week.",
			"Observers note that the market has been volatile since {year}.",
			"Experts warn that building a complete value chain takes five to ten years.",
			"The debate over rare earth security is likely to continue.",
			"Commentators in {c1} described the latest talks as constructive.",
			"Environmental groups raised concerns about waste management at separation plants.",
			"Investors reacted cautiously to the latest round of news.",
			"Historical episodes show that price spikes tend to fade within a few quarters.",
			"The situation remains fluid and further announcements are expected.",
			"Research teams are testing new extraction chemistry in laboratories.");

	/** Chinese filler, for the Chinese-body layout. */
	static final List<String> FILLER_ZH = List.of("业内人士认为，{ze}价格短期内仍将波动。", "这一消息在社交媒体上引发广泛讨论。",
			"专家指出，建立完整的产业链需要五到十年时间。", "市场观察人士表示，谈判前景仍不明朗。", "稀土被称为工业的“维生素”。",
			"有分析认为，相关政策的影响仍需观察。");

	private Templates() {
	}

	private static void en(RelType type, String... texts) {
		ENGLISH.put(type, List.of(texts));
	}

	private static void zh(RelType type, String... texts) {
		CHINESE.put(type, List.of(texts));
	}

	/** {@return every English template, grouped by relationship type in contract order} */
	static List<Template> english() {
		List<Template> all = new ArrayList<>();
		ENGLISH.forEach((type, texts) -> texts.forEach(t -> all.add(new Template(type, t))));
		return List.copyOf(all);
	}

	/** {@return every Chinese template} */
	static List<Template> chinese() {
		List<Template> all = new ArrayList<>();
		CHINESE.forEach((type, texts) -> texts.forEach(t -> all.add(new Template(type, t))));
		return List.copyOf(all);
	}
}

package org.reegraph.loader.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.reegraph.loader.extraction.ExtractedFact;

/**
 * Scores extracted facts against the gold set, per relationship type. A gold fact is found when a fact of the
 * same type joins the same two entities and was read from the same article and sentence. Policies and
 * agreements the text does not name get names built from their issuer or parties, so for those two labels
 * any entity of the label matches (the other end and the sentence must still agree). Facts the catalog
 * adds ({@code catalog.*} rules) are not text facts and are not scored.
 */
final class Scorer {

	record Score(int gold, int extracted, int truePositives, int matchedGold) {

		double precision() {
			return extracted == 0 ? 1.0 : (double) truePositives / extracted;
		}

		double recall() {
			return gold == 0 ? 1.0 : (double) matchedGold / gold;
		}
	}

	record Result(Map<String, Score> byType, Score total, List<String> misses, List<String> falsePositives) {
	}

	record Found(String article, ExtractedFact fact) {
	}

	static Result score(GoldSet gold, List<Found> found) {
		Map<String, int[]> counts = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		List<String> falsePositives = new ArrayList<>();
		Set<Found> matchedFound = new HashSet<>();
		int totalGold = 0;
		int totalMatchedGold = 0;
		for (GoldSet.GoldFact g : gold.facts()) {
			int[] c = counts.computeIfAbsent(g.relationship(), k -> new int[4]);
			c[0]++;
			totalGold++;
			boolean hit = false;
			for (Found f : found) {
				if (matches(g, f)) {
					hit = true;
					matchedFound.add(f);
				}
			}
			if (hit) {
				c[3]++;
				totalMatchedGold++;
			}
			else {
				StringBuilder near = new StringBuilder();
				for (Found f : found) {
					if (g.article().equals(f.article()) && sameSentence(g.sentence(), f.fact().evidence().sentence())) {
						near.append("\n      got ").append(f.fact().relationship()).append(' ').append(f.fact().from().id())
							.append(" -> ").append(f.fact().to().id()).append(' ').append(f.fact().properties());
					}
				}
				misses.add(g.relationship() + " " + g.from() + " -> " + g.to() + " " + g.properties() + " | " + g.sentence()
						+ near);
			}
		}
		int totalExtracted = 0;
		int totalTp = 0;
		for (Found f : found) {
			String type = f.fact().relationship().name();
			int[] c = counts.computeIfAbsent(type, k -> new int[4]);
			c[1]++;
			totalExtracted++;
			if (matchedFound.contains(f)) {
				c[2]++;
				totalTp++;
			}
			else {
				falsePositives.add(type + " " + f.fact().from().id() + " -> " + f.fact().to().id() + " "
						+ f.fact().properties() + " [" + f.fact().evidence().rule() + "] | " + f.fact().evidence().sentence());
			}
		}
		Map<String, Score> byType = new TreeMap<>();
		counts.forEach((k, c) -> byType.put(k, new Score(c[0], c[1], c[2], c[3])));
		return new Result(byType, new Score(totalGold, totalExtracted, totalTp, totalMatchedGold), misses,
				falsePositives);
	}

	static boolean matches(GoldSet.GoldFact g, Found f) {
		ExtractedFact x = f.fact();
		return g.relationship().equals(x.relationship().name()) && g.article().equals(f.article())
				&& sameEnd(g.from(), x.from().id()) && sameEnd(g.to(), x.to().id())
				&& sameSentence(g.sentence(), x.evidence().sentence());
	}

	private static boolean sameEnd(String gold, String found) {
		if (gold.equals(found)) {
			return true;
		}
		String gp = gold.substring(0, gold.indexOf(':'));
		String fp = found.substring(0, found.indexOf(':'));
		return gp.equals(fp) && (gp.equals("policy") || gp.equals("agreement"));
	}

	static boolean sameSentence(String gold, String found) {
		String a = normalise(gold);
		String b = normalise(found);
		return !b.isEmpty() && (a.contains(b) || b.contains(a));
	}

	private static String normalise(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}“”’‘，。、：；！？（）]+", "");
	}
}

package org.reegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.reegraph.loader.explain.ArticleExplanation;
import org.reegraph.loader.explain.ClosestRule;
import org.reegraph.loader.explain.Explanation;
import org.reegraph.loader.explain.FactExplanation;
import org.reegraph.loader.explain.MentionExplanation;
import org.reegraph.loader.explain.RuleTrace;
import org.reegraph.loader.explain.SentenceExplanation;

/**
 * {@code extract --explain}: an {@link Explanation} as text for people, one block per sentence.
 * <pre>
 * [2] Apple did not invest in MP Materials.
 *   @ Apple             Company  company:apple         (gazetteer)
 *   - invests.verb on "invest": negated
 *   ? closest: invests.verb on "invest": negated
 * </pre>
 */
final class ExplainReport {

	private final Writer out;

	ExplainReport(Writer out) {
		this.out = out;
	}

	/** Writes one document's report and flushes. */
	void write(Explanation doc) {
		StringBuilder sb = new StringBuilder();
		sb.append("== ").append(doc.document()).append('\n');
		if (doc.isRejected()) {
			sb.append("rejected: ").append(doc.rejection()).append("\n\n");
		}
		for (ArticleExplanation article : doc.articles()) {
			sb.append("# ").append(article.title());
			if (article.published() != null) {
				sb.append(" (").append(article.published()).append(')');
			}
			sb.append("\n\n");
			int n = 0;
			for (SentenceExplanation s : article.sentences()) {
				sentence(sb, n == 0 ? "title" : Integer.toString(n), s);
				n++;
			}
		}
		try {
			out.write(sb.toString());
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sentence(StringBuilder sb, String number, SentenceExplanation s) {
		sb.append('[').append(number).append("] ").append(s.text()).append('\n');
		int width = s.mentions().stream().mapToInt(m -> m.text().length()).max().orElse(0);
		for (MentionExplanation m : s.mentions()) {
			sb.append("  @ ").append(pad(m.text(), width)).append("  ").append(m.label()).append(' ').append(m.id())
				.append("  (").append(m.recognisedBy()).append(m.adjective() ? ", adjective" : "").append(")\n");
		}
		for (FactExplanation f : s.facts()) {
			sb.append("  + ").append(f.type()).append(' ').append(f.fromName()).append(" -> ").append(f.toName());
			if (!f.properties().isEmpty()) {
				sb.append(' ').append(properties(f.properties()));
			}
			sb.append("  [").append(f.rule()).append("]\n");
		}
		for (RuleTrace t : s.rules()) {
			sb.append("  - ").append(t.rule()).append(" on \"").append(t.trigger()).append("\": ")
				.append(t.fired() ? "fired " + t.reason() : t.reason()).append('\n');
		}
		List<ClosestRule.NoTrigger> noTrigger = new ArrayList<>();
		for (ClosestRule c : s.closest()) {
			if (c instanceof ClosestRule.TriggerFound t) {
				sb.append("  ? closest: ").append(t.rule()).append(" on \"").append(t.trigger()).append("\": ")
					.append(t.reason()).append('\n');
			}
			else if (c instanceof ClosestRule.NoTrigger t) {
				noTrigger.add(t);
			}
		}
		Map<String, List<ClosestRule.NoTrigger>> byPair = new LinkedHashMap<>();
		for (ClosestRule.NoTrigger t : noTrigger) {
			byPair.computeIfAbsent(mention(t.from()) + " and " + mention(t.to()), k -> new ArrayList<>()).add(t);
		}
		byPair.forEach((pair, rules) -> sb.append("  ? closest: no trigger word; rules that could join ").append(pair)
			.append(": ").append(rules.stream().map(r -> r.rule() + " " + r.type() + " (" + triggers(r.triggers()) + ")")
				.collect(Collectors.joining(", ")))
			.append('\n'));
		sb.append('\n');
	}

	private static String mention(MentionExplanation m) {
		return m.text() + " (" + m.label() + ")";
	}

	private static String triggers(List<String> lemmas) {
		return lemmas.size() <= 4 ? String.join(", ", lemmas) : String.join(", ", lemmas.subList(0, 4)) + ", …";
	}

	private static String properties(Map<String, Object> properties) {
		Map<String, String> shown = new TreeMap<>();
		properties.forEach((k, v) -> shown.put(k, v instanceof Number n ? plain(n) : String.valueOf(v)));
		return shown.toString();
	}

	/** 5.0E8 as 500000000, 0.25 as 0.25. */
	private static String plain(Number n) {
		try {
			return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return n.toString();
		}
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s : s + " ".repeat(width - s.length());
	}
}

package org.reegraph.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.reegraph.synthetic.Templates.Template;

/**
 * One generated article: a Chinese title made unique by its serial number, a date in 2023–2026, a publisher
 * and a body written in the layout of the chosen format. Everything comes from the article's own
 * {@link Random}, so an article depends only on the seed and its number.
 */
final class ArticleText {

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
	private static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

	private static final List<String> PUBLISHERS = List.of("Sou Hu Cai Jing", "Sina Finance", "Caixin", "Yicai",
			"Jiemian News", "The Paper", "Eastmoney", "Wall Street CN", "Xinhua Finance", "21st Century Business Herald",
			"China Securities Journal", "Mining Weekly", "Asia Metals Review", "Global Times");

	private static final List<String> TITLES = List.of("{zc1}{ze}出口再起波澜（第{serial}期）",
			"稀土周报第{serial}期：{zc1}与{zc2}的{ze}博弈", "{ze}供应链观察之{serial}：谁在掌握主动权",
			"第{serial}期｜从{ze}到磁材：{zc1}的产业链布局", "{zc1}{ze}政策解读（{serial}）",
			"稀土动态{serial}：{zc2}加码{ze}储备");

	private static final List<String> HEADINGS = List.of("Supply Chain Dynamics", "Trade Flows", "Policy Moves",
			"Industry Investment", "Market Outlook", "Defense Exposure", "Processing Capacity", "Corporate Deals");

	private static final List<Template> ENGLISH = Templates.english();
	private static final List<Template> CHINESE = Templates.chinese();

	final String title;
	final String publisher;
	final LocalDateTime published;
	private final Random random;
	private final int serial;
	private int citation = 1;

	ArticleText(Random random, int serial) {
		this.random = random;
		this.serial = serial;
		this.published = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(random.nextInt(24), random.nextInt(60));
		this.publisher = PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
		String t = TITLES.get(random.nextInt(TITLES.size())).replace("{serial}", Integer.toString(serial));
		this.title = Slots.fill(t, random, published.getYear());
	}

	/** {@return the digest body: bullets under "Group n" headings, on one line or one bullet a line, or Chinese prose} */
	String digestBody() {
		int layout = random.nextInt(5);
		StringBuilder sb = new StringBuilder(1024);
		if (layout == 4) {
			for (int p = 0; p < 3 + random.nextInt(3); p++) {
				sb.append(random.nextInt(2) == 0 ? chinese() : english()).append(random.nextInt(3) == 0 ? english() : "")
					.append(chineseFiller()).append('\n');
			}
			return sb.toString();
		}
		boolean oneLine = layout < 2;
		if (oneLine) {
			sb.append("Core Viewpoint - ").append(english()).append(cite());
		}
		int groups = 2 + random.nextInt(3);
		for (int g = 1; g <= groups; g++) {
			String heading = HEADINGS.get(random.nextInt(HEADINGS.size()));
			sb.append(oneLine ? " Group " + g + ": " + heading : (g > 1 || sb.length() > 0 ? "\n" : "") + "Group " + g);
			for (int b = 0; b < 2 + random.nextInt(2); b++) {
				sb.append(oneLine ? " - " : "\n- ").append(english());
				if (random.nextInt(3) == 0) {
					sb.append(' ').append(filler());
				}
				sb.append(cite());
			}
		}
		return sb.append('\n').toString();
	}

	/** {@return the Markdown body of a plain article: a lead, sections with paragraphs, citation markers now and then} */
	String plainBody() {
		StringBuilder sb = new StringBuilder(1024);
		sb.append(english()).append(' ').append(filler()).append("\n\n");
		for (int s = 0; s < 2 + random.nextInt(2); s++) {
			sb.append("## ").append(HEADINGS.get(random.nextInt(HEADINGS.size()))).append("\n\n");
			for (int k = 0; k < 2 + random.nextInt(3); k++) {
				sb.append(random.nextInt(4) == 0 ? filler() : english()).append(' ');
			}
			sb.append(english()).append(random.nextBoolean() ? cite() : "").append("\n\n");
		}
		if (random.nextInt(3) == 0) {
			sb.append("摘要：").append(chinese()).append(chineseFiller()).append('\n');
		}
		return sb.toString();
	}

	/** {@return the date as a plain header writes it, in one of the formats the loader reads} */
	String plainDate() {
		return switch (random.nextInt(4)) {
			case 0 -> published.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
			case 1 -> published.format(DateTimeFormatter.ofPattern("uuuu年M月d日"));
			default -> published.toLocalDate().toString();
		};
	}

	private String english() {
		Template t = ENGLISH.get(random.nextInt(ENGLISH.size()));
		return random.nextInt(5) == 0 ? filler() : Slots.fill(t.text(), random, published.getYear());
	}

	private String chinese() {
		return Slots.fill(CHINESE.get(random.nextInt(CHINESE.size())).text(), random, published.getYear());
	}

	private String filler() {
		return Slots.fill(Templates.FILLER.get(random.nextInt(Templates.FILLER.size())), random, published.getYear());
	}

	private String chineseFiller() {
		return Slots.fill(Templates.FILLER_ZH.get(random.nextInt(Templates.FILLER_ZH.size())), random,
				published.getYear());
	}

	/** Citation markers like the corpus's "[3][5]": ascending numbers, one to three of them. */
	private String cite() {
		StringBuilder sb = new StringBuilder(" ");
		for (int k = 0; k < 1 + random.nextInt(3); k++) {
			citation += 1 + random.nextInt(2);
			sb.append('[').append(citation).append(']');
		}
		return sb.toString();
	}
}

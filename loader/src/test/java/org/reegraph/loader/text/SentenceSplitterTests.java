package org.reegraph.loader.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

	private final SentenceSplitter splitter = new SentenceSplitter();

	@Test
	void keepsAbbreviationsInsideTheSentence() {
		assertThat(splitter.split("The U.S. Geological Survey buys ore. MP Materials Corp. mines it."))
			.extracting(Sentence::text)
			.containsExactly("The U.S. Geological Survey buys ore.", "MP Materials Corp. mines it.");
	}

	@Test
	void cutsAtSectionsAndBulletsAndDropsCitationMarkers() {
		var sentences = splitter.split("Core Viewpoint - Exports rose [1][3] Group 1: Trade - China ships ore [2] "
				+ "- Japan buys magnets [5]");
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Exports rose", "China ships ore", "Japan buys magnets");
		assertThat(sentences.get(1).section()).isEqualTo("Group 1: Trade");
	}

	@Test
	void anEnDashInsideASentenceIsPunctuationNotABullet() {
		assertThat(splitter.split("Beijing banned exports of three metals – gallium, germanium and antimony – to the "
				+ "United States. – Japan was spared."))
			.extracting(Sentence::text)
			.containsExactly("Beijing banned exports of three metals – gallium, germanium and antimony – to the United States.",
					"Japan was spared.");
		assertThat(splitter.split("– Vietnam raised output [2] – Laos halted mining")).extracting(Sentence::text)
			.containsExactly("Vietnam raised output", "Laos halted mining");
	}

	@Test
	void splitsChineseAtFullStops() {
		assertThat(splitter.split("7月一个数字震惊了华盛顿。5577吨稀土磁铁涌向美国!")).extracting(Sentence::text)
			.containsExactly("7月一个数字震惊了华盛顿。", "5577吨稀土磁铁涌向美国!");
	}

	@Test
	void cutsAnOverlongSentenceIntoBoundedPieces() {
		String line = "China exports ore to Japan ".repeat(2000);
		var sentences = splitter.split(line);
		assertThat(sentences).hasSizeGreaterThan(50)
			.allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
		assertThat(String.join(" ", sentences.stream().map(Sentence::text).toList())).isEqualTo(line.strip());
	}

	@Test
	void tenThousandCitationMarkersAreRemovedWithoutOverflowingTheStack() {
		var sentences = splitter.split("China exports ore to Japan" + "[12]".repeat(10_000) + " daily.");
		assertThat(sentences).extracting(Sentence::text).containsExactly("China exports ore to Japan daily.");
	}

	@Test
	void aParenthesisAfterALegalSuffixContinuesTheSentence() {
		assertThat(new SentenceSplitter().split("Meteoric signed an MOU with Neo Performance Materials Inc. (Neo) (TSX:NEO) "
				+ "for offtake. Neo agreed.")).extracting(Sentence::text)
			.containsExactly("Meteoric signed an MOU with Neo Performance Materials Inc. (Neo) (TSX:NEO) for offtake.",
					"Neo agreed.");
	}
}

package org.reegraph.loader.quality;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reegraph.loader.ReegraphLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The development corpus's scorer on a document written for it: strict names, and measures matched as events. */
class DevCorpusScorerTests {

	private static final String SENTENCE = "Beijing announced a ban on exports of gallium to Japan.";

	private static DevCorpus.GoldEntity entity(String label, String name) {
		return new DevCorpus.GoldEntity(label, name, Set.of(DevCorpus.key(name)));
	}

	private static DevCorpus.Result score(String goldSentence) {
		DevCorpus.GoldEntity ban = entity("Policy", "China 2024 gallium export ban on Japan");
		DevCorpus.GoldEntity china = entity("Country", "China");
		DevCorpus.GoldEntity japan = entity("Country", "Japan");
		DevCorpus.GoldEntity gallium = entity("Element", "gallium");
		DevCorpus.Document doc = new DevCorpus.Document("scorer/ban.md", "tuning",
				"Title: Ban\nDate: 2024-12-03\n\n" + SENTENCE + "\n", List.of(ban, china, japan, gallium),
				List.of(new DevCorpus.GoldFact("ISSUED_BY", ban, china, goldSentence),
						new DevCorpus.GoldFact("TARGETS", ban, japan, goldSentence),
						new DevCorpus.GoldFact("COVERS", ban, gallium, goldSentence)));
		return DevCorpus.score(ReegraphLoader.create(), List.of(doc), false);
	}

	@Test
	void aDescriptivelyNamedMeasureMeetsItsGoldOnlyAsAnEventFromTheSameSentence() {
		DevCorpus.Result same = score(SENTENCE);
		assertThat(same.all().gold).isEqualTo(3);
		assertThat(same.all().found).as("by name: 'China export ban on gallium' is not the gold's name").isZero();
		assertThat(same.all().eventFound).isEqualTo(3);
		assertThat(same.all().eventCorrect).isEqualTo(3);
		assertThat(same.entityRecall()).isEqualTo(0.75); // the three named ends; the ban's descriptive name is not met

		DevCorpus.Result elsewhere = score("In 2010 China stopped shipments of rare earths to Japan.");
		assertThat(elsewhere.all().eventFound).as("the gold fact's sentence must be the one read").isZero();
	}
}

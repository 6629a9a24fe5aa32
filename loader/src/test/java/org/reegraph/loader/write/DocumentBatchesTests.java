package org.reegraph.loader.write;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.extraction.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentBatchesTests {

	static final ReegraphLoader LOADER = ReegraphLoader.create();

	static DocumentExtraction doc(String name) {
		DocumentExtraction d = LOADER.extractText(name, "Title: " + name + "\nDate: 2025-09-01\n\n"
				+ "Japan imported 500 tons of yttrium from Vietnam. China exported 353 tons of rare earths to the U.S.");
		assertThat(d.isRejected()).isFalse();
		return d;
	}

	@Test
	void aGroupIsFullOnceItHoldsTheFactsAndKeepsDocumentsWholeAndInOrder() {
		DocumentExtraction a = doc("a.txt");
		DocumentExtraction b = doc("b.txt");
		DocumentExtraction c = doc("c.txt");
		int perDocument = a.facts().size();
		assertThat(perDocument).isPositive();
		DocumentBatches batches = new DocumentBatches(perDocument + 1);

		assertThat(batches.add(a)).isEmpty();
		assertThat(batches.add(b)).containsExactly(a, b);
		assertThat(batches.add(c)).isEmpty();
		assertThat(batches.rest()).containsExactly(c);
		assertThat(batches.rest()).isEmpty();
	}

	@Test
	void rejectedDocumentsKeepTheirPlaceButCountNoFacts() {
		DocumentExtraction rejected = DocumentExtraction.rejected(new Rejection("bad.txt", "the file is empty"));
		DocumentExtraction a = doc("a.txt");
		DocumentBatches batches = new DocumentBatches(a.facts().size());

		assertThat(batches.add(rejected)).isEmpty();
		assertThat(batches.add(a)).containsExactly(rejected, a);
	}

	@Test
	void oneFactPerTransactionWritesEachDocumentAlone() {
		DocumentBatches batches = new DocumentBatches(1);
		DocumentExtraction a = doc("a.txt");
		assertThat(batches.add(a)).isEqualTo(List.of(a));
		assertThatThrownBy(() -> new DocumentBatches(0)).hasMessage("factsPerTransaction must be at least 1, got 0.");
	}
}

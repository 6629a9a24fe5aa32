package org.reegraph.loader.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentParserTests {

	@Nested
	class DigestLayout {

		@Test
		void skipsTheHeaderAndReadsTitlePublisherDateAndBody() throws Exception {
			String text = "Workflow\n稀土威胁论\nicon\nSearch documents\n标题一\nSou Hu Cai Jing· 2025-11-15 22:41\n"
					+ "Core Viewpoint - China exports rare earths [1]\n标题二\nHua Er Jie Jian Wen·2025-11-18 07:32\nBody two";
			List<Article> articles = DocumentParser.parse("d.txt", text);
			assertThat(articles).extracting(Article::title).containsExactly("标题一", "标题二");
			assertThat(articles.get(0).publisher()).isEqualTo("Sou Hu Cai Jing");
			assertThat(articles.get(0).published()).isEqualTo(LocalDateTime.of(2025, 11, 15, 22, 41));
			assertThat(articles.get(0).body()).isEqualTo("Core Viewpoint - China exports rare earths [1]");
			assertThat(articles.get(1).publisher()).isEqualTo("Hua Er Jie Jian Wen");
			assertThat(articles.get(1).line()).isEqualTo(8);
		}

		@Test
		void givesABodyThatComesBeforeItsTitleToThatArticle() throws Exception {
			String text = Files.readString(Path.of("..", "data", "documents", "002_6684bddb48b3893e.txt"));
			List<Article> articles = DocumentParser.parse("002.txt", text);
			assertThat(articles).singleElement().satisfies(a -> {
				assertThat(a.title()).isEqualTo("稀土卡的不是土,是美国没有的技术");
				assertThat(a.body()).startsWith("Group 1 - China's recent export controls");
				assertThat(a.publishedDate()).hasToString("2025-10-20");
			});
		}

		@Test
		void rejectsAnImpossibleDateNamingTheLine() {
			assertThatThrownBy(() -> DocumentParser.parse("bad.txt", "Title\nSohu· 2025-13-45 10:00\nBody"))
				.isInstanceOf(DocumentRejectedException.class)
				.hasMessage("bad.txt: impossible date '2025-13-45 10:00' at line 2");
		}

		@Test
		void rejectsATitleWithoutBody() {
			assertThatThrownBy(() -> DocumentParser.parse("t.txt", "Only a title\nSohu· 2025-10-01 10:00\n"))
				.hasMessage("t.txt: the article 'Only a title' at line 1 has a title but no body");
		}

		@Test
		void theSameTitleAndDateGiveTheSameArticleId() throws Exception {
			String a = DocumentParser.parse("a.txt", "T\nX· 2025-10-01 10:00\nBody A").get(0).id();
			String b = DocumentParser.parse("b.txt", "T\nY· 2025-10-01 11:30\nBody B").get(0).id();
			assertThat(a).isEqualTo(b).startsWith("article:");
		}
	}

	@Nested
	class PlainText {

		@Test
		void readsTheOptionalHeader() throws Exception {
			String text = "Title: Lynas expands\nSource: Example Wire\nURL: https://example.org/a\nDate: 2025-09-01\n\n"
					+ "Lynas Rare Earths produces NdFeB feedstock.";
			Article a = DocumentParser.parse("p.md", text).get(0);
			assertThat(a.title()).isEqualTo("Lynas expands");
			assertThat(a.publisher()).isEqualTo("Example Wire");
			assertThat(a.url()).isEqualTo("https://example.org/a");
			assertThat(a.publishedDate()).hasToString("2025-09-01");
			assertThat(a.body()).isEqualTo("Lynas Rare Earths produces NdFeB feedstock.");
		}

		@Test
		void takesTheFirstLineAsTitleWithoutHeader() throws Exception {
			Article a = DocumentParser.parse("p.md", "# Gallium curbs\n\n- China restricts gallium exports.").get(0);
			assertThat(a.title()).isEqualTo("Gallium curbs");
			assertThat(a.published()).isNull();
			assertThat(a.body()).isEqualTo("- China restricts gallium exports.");
		}

		@Test
		void rejectsAnInvalidDateHeader() {
			assertThatThrownBy(() -> DocumentParser.parse("p.md", "Title: x\nDate: 2025-02-30\n\nbody"))
				.hasMessageContaining("the Date: header at line 2 ('2025-02-30') is not a valid date");
		}
	}
}

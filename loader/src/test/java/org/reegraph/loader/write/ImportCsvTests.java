package org.reegraph.loader.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk importer's CSV: typed header columns, quoting, missing values, arrays, multi-line values. */
class ImportCsvTests {

	@Test
	void columnsCarryTheImportersTypeOfTheValue() {
		assertThat(ImportCsv.column("title", "x")).isEqualTo("title:string");
		assertThat(ImportCsv.column("quantity", 353)).isEqualTo("quantity:long");
		assertThat(ImportCsv.column("quantity", 353L)).isEqualTo("quantity:long");
		assertThat(ImportCsv.column("sharePct", 92.5)).isEqualTo("sharePct:double");
		assertThat(ImportCsv.column("published", LocalDate.of(2025, 8, 6))).isEqualTo("published:date");
		assertThat(ImportCsv.column("aliases", List.of("China", "中国"))).isEqualTo("aliases:string[]");
	}

	@Test
	void keysThatCouldBreakTheHeaderAndValuesWithoutATypeAreRefused() {
		assertThatThrownBy(() -> ImportCsv.column("a,b", "x")).hasMessageContaining("'a,b'");
		assertThatThrownBy(() -> ImportCsv.column("terms", List.of())).hasMessageContaining("empty list");
		assertThatThrownBy(() -> ImportCsv.column("mixed", List.of("a", 1))).hasMessageContaining("mixes types");
		assertThatThrownBy(() -> ImportCsv.column("when", new Object())).hasMessageContaining("java.lang.Object");
	}

	@Test
	void rowsQuoteStringsLeaveMissingValuesEmptyAndJoinArrays(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("f.csv");
		try (ImportCsv csv = new ImportCsv(file, List.of("id:ID", "title:string", "n:long", "aliases:string[]"),
				List.of("id", "title", "n", "aliases"))) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", "article:1");
			row.put("title", "He said \"no\", twice");
			row.put("aliases", List.of("a", "b;c"));
			csv.row(row);
			csv.row(Map.of("id", "article:2", "title", "", "n", 7L));
			assertThat(csv.multiline()).isFalse();
			csv.row(Map.of("id", "article:3", "title", "two\nlines"));
			assertThat(csv.multiline()).isTrue();
			assertThat(csv.rows()).isEqualTo(3);
		}
		assertThat(Files.readString(file)).isEqualTo("id:ID,title:string,n:long,aliases:string[]\n"
				+ "\"article:1\",\"He said \"\"no\"\", twice\",,\"a\u001Fb;c\"\n"
				+ "\"article:2\",\"\",7,\n"
				+ "\"article:3\",\"two\nlines\",,\n");
	}
}

package org.reegraph.loader.parse;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTests {

	@Test
	void decodesUtf8AndToleratesABom() throws Exception {
		byte[] withBom = ("\uFEFFTitle: x\r\n\r\n中国稀土").getBytes(StandardCharsets.UTF_8);
		assertThat(TextDecoder.decode("a.txt", withBom)).isEqualTo("Title: x\n\n中国稀土");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThatThrownBy(() -> TextDecoder.decode("empty.txt", new byte[0]))
			.isInstanceOf(DocumentRejectedException.class).hasMessage("empty.txt: the file is empty");
	}

	@Test
	void rejectsBinaryFilesByTheirMagicNumber() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		byte[] zip = { 'P', 'K', 3, 4, 20, 0 };
		assertThatThrownBy(() -> TextDecoder.decode("img.txt", png)).hasMessageContaining("binary file (PNG image)");
		assertThatThrownBy(() -> TextDecoder.decode("a.zip", zip)).hasMessageContaining("ZIP archive");
	}

	@Test
	void rejectsUtf16WithAHint() {
		byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16BE);
		assertThatThrownBy(() -> TextDecoder.decode("u16.txt", utf16)).hasMessageContaining("UTF-16")
			.hasMessageContaining("save it as UTF-8");
	}

	@Test
	void rejectsInvalidUtf8NamingTheOffsetAndLine() {
		byte[] bad = "line one\nline two \u00e9".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> TextDecoder.decode("latin1.txt", bad))
			.hasMessage("latin1.txt: not valid UTF-8: invalid byte 0xE9 at offset 18 (line 2); save the file as UTF-8");
	}

	@Test
	void rejectsNulBytesAndHtml() {
		assertThatThrownBy(() -> TextDecoder.decode("nul.txt", "ab\0cd".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("NUL byte at offset 2");
		assertThatThrownBy(() -> TextDecoder.decode("page.txt", "<!DOCTYPE html><html></html>"
			.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("HTML");
	}
}

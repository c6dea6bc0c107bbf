package org.distributionhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.distributionhub.shared.ControlCharacters.Kind;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

	@Test
	void nulAndTheOtherC0ControlsAreRefusedInEveryKind() {
		for (char c = 0; c < 0x20; c++) {
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			assertThat(ControlCharacters.find("ACME" + c, Kind.TEXT)).as("U+%04X", (int) c).isEqualTo(4);
			assertThat(ControlCharacters.find("ACME" + c, Kind.ELEMENT)).as("U+%04X", (int) c).isEqualTo(4);
		}
		assertThat(ControlCharacters.problem("AC\u0000ME", Kind.TEXT))
			.isEqualTo("must not contain the control character U+0000 (at character 3)");
	}

	@Test
	void tabAndLineBreaksStandInFreeTextButNotInAnEdiElement() {
		assertThat(ControlCharacters.problem("first line\r\nsecond\tline", Kind.TEXT)).isNull();
		assertThat(ControlCharacters.problem("first\tsecond", Kind.ELEMENT)).contains("U+0009");
	}

	@Test
	void printableAndUnicodeTextPasses() {
		assertThat(ControlCharacters.problem("Müller & Söhne ' OR 1=1 -- 日本 \u007f \u0085", Kind.ELEMENT)).isNull();
		assertThat(ControlCharacters.problem(null, Kind.TEXT)).isNull();
	}

	@Test
	void whatTheHubWritesAboutAMessageShowsItsControlsAsTheirPictures() {
		assertThat(ControlCharacters.visible("PO-1\u0000 line\tone\u001B")).isEqualTo("PO-1\u2400 line\tone\u241B");
		assertThat(ControlCharacters.visible("plain")).isEqualTo("plain");
	}
}

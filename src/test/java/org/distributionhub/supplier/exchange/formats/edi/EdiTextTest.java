package org.distributionhub.supplier.exchange.formats.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The character set of a partner's bytes: the EDIFACT syntax identifier, UTF-8 when the bytes are, else Latin-1. */
class EdiTextTest {

	@ParameterizedTest
	@CsvSource({ "UNOA, US-ASCII", "UNOB, US-ASCII", "UNOC, ISO-8859-1", "UNOD, ISO-8859-2", "UNOE, ISO-8859-5",
			"UNOF, ISO-8859-7", "UNOG, ISO-8859-3", "UNOH, ISO-8859-4", "UNOI, ISO-8859-6", "UNOJ, ISO-8859-8",
			"UNOK, ISO-8859-9", "UNOL, ISO-8859-15", "UNOW, UTF-8", "UNOY, UTF-8" })
	void theSyntaxIdentifierNamesTheCharacterSet(String identifier, String charset) {
		assertThat(EdiText.declared(("UNB+" + identifier + ":3+A+B+261127:1200+1'").getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(Charset.forName(charset));
	}

	@Test
	void unaDelimitersAndLeadingBlanksAreHonoured() {
		byte[] content = "\r\n UNA=*.? ~UNB*UNOD=3*A*B~".getBytes(StandardCharsets.US_ASCII);
		assertThat(EdiText.declared(content)).isEqualTo(Charset.forName("ISO-8859-2"));
		assertThat(EdiText.declared("ISA*00*...".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

	@Test
	void eachInterchangeIsReadInItsOwnSet() {
		String latin = "UNB+UNOC:3+A+B'FTX+AAI+++Straße für Café'";
		assertThat(EdiText.decode(latin.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(latin);
		String czech = "UNB+UNOD:3+A+B'FTX+AAI+++Příliš žluťoučký kůň'";
		assertThat(EdiText.decode(czech.getBytes(Charset.forName("ISO-8859-2")))).isEqualTo(czech);
		assertThat(EdiText.decode(latin.getBytes(StandardCharsets.UTF_8))).as("UNOC declared, UTF-8 sent")
			.isEqualTo(latin);
		String x12 = "ISA*00*          *00*...~N1*ST*Müller Straße~";
		assertThat(EdiText.decode(x12.getBytes(StandardCharsets.UTF_8))).isEqualTo(x12);
		assertThat(EdiText.read(x12.getBytes(StandardCharsets.ISO_8859_1))).satisfies(decoded -> {
			assertThat(decoded.text()).isEqualTo(x12);
			assertThat(decoded.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
		});
		assertThat(EdiText.decode(("\uFEFF" + x12).getBytes(StandardCharsets.UTF_8))).isEqualTo(x12);
	}
}

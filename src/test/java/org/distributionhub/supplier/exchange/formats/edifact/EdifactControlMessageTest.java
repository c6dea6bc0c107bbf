package org.distributionhub.supplier.exchange.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.distributionhub.supplier.exchange.formats.edi.StaediCheck;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.junit.jupiter.api.Test;

/**
 * CONTRL for EDIFACT partners: UNB 0031 and 0035 read, a positive CONTRL with UCI and UCM per message, a negative one
 * for a rejected message (UCM 4 with its 0085 error) and for a reused interchange reference (UCI 4 26).
 */
class EdifactControlMessageTest {

	static final Addressing OURS = new Addressing(new EdiIdentity("14", "5412345000013", "5412345000013"),
			new EdiIdentity("14", "4012345000009", "4012345000009"), 88, 9, OffsetDateTime.parse("2026-01-27T18:08:00Z"),
			true);

	/** An ORDRSP asking for an acknowledgement (0031 1) in a test interchange (0035 1). */
	static final String ORDRSP = """
			UNB+UNOC:3+4012345000009:14+5412345000013:14+260127:1808+78++++1++1'
			UNH+1+ORDRSP:D:96A:UN:EAN005'
			BGM+231+RSP-10+29'
			DTM+137:202601271808:203'
			RFF+ON:PO-1001'
			UNS+S'
			UNT+6+1'
			UNH+2+ORDRSP:D:96A:UN:EAN005'
			BGM+231+RSP-11+29'
			RFF+ON:PO-1002'
			UNT+9+2'
			UNZ+2+78'
			""";

	private final EdifactMessageReader reader = new EdifactMessageReader();
	private final EdifactMessageWriter writer = new EdifactMessageWriter();

	@Test
	void readsTheAcknowledgementRequestAndTheTestIndicator() {
		ReadResult read = reader.read(ORDRSP.getBytes(StandardCharsets.UTF_8));

		assertThat(read.envelope().acknowledgementRequested()).isTrue();
		assertThat(read.envelope().test()).isTrue();
		assertThat(read.envelope().version()).isEqualTo("3");
		assertThat(read.groups()).singleElement().satisfies(group -> {
			assertThat(group.status()).isEqualTo("P");
			assertThat(group.transactions()).extracting(message -> message.controlNumber() + message.status())
				.containsExactly("1A", "2R");
		});
	}

	@Test
	void answersEachMessageInTheControlMessage() {
		ReadResult read = reader.read(ORDRSP.getBytes(StandardCharsets.UTF_8));

		var contrl = writer.interchangeAcknowledgement(read.envelope(), InterchangeReport.accepted(read.envelope()),
				read.groups(), OURS);
		String text = new String(contrl.content(), StandardCharsets.UTF_8);

		assertThat(contrl.fileName()).isEqualTo("CONTRL-88.edi");
		assertThat(text).startsWith("UNA:+.? 'UNB+UNOC:3+5412345000013:14+4012345000009:14+260127:1808+88++++++1'")
			.contains("UNH+1+CONTRL:D:3:UN'")
			.contains("UCI+78+4012345000009:14+5412345000013:14+7'")
			.contains("UCM+1+ORDRSP:D:96A:UN:EAN005+7'")
			.contains("UCM+2+ORDRSP:D:96A:UN:EAN005+4+29'")
			.endsWith("UNZ+1+88'");
		assertThat(StaediCheck.of(contrl.content()).errors).isEmpty();
	}

	@Test
	void aReusedInterchangeReferenceIsRejectedWholeWithError26() {
		ReadResult read = reader.read(ORDRSP.getBytes(StandardCharsets.UTF_8));

		String text = new String(writer.interchangeAcknowledgement(read.envelope(),
				InterchangeReport.duplicateControlNumber(read.envelope()), read.groups(), OURS).content(),
				StandardCharsets.UTF_8);

		assertThat(text).contains("UCI+78+4012345000009:14+5412345000013:14+4+26'").doesNotContain("UCM+");
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.distributionhub.supplier.exchange.formats.edi.StaediCheck;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * What the hub answers an X12 interchange's envelope: the ISA flags it reads (ISA12 version, ISA14 request, ISA15
 * test), the TA1 (A 000 on request, E with the note code of an envelope error, R 025 for a reused control number) and
 * the 997 in the interchange's own version.
 */
class X12InterchangeAnswersTest {

	private final X12MessageReader reader = new X12MessageReader();
	private final X12MessageWriter writer = new X12MessageWriter();

	/** A 002001 855 with ISA14 asking for a TA1 and ISA15 T: a test interchange of an older version. */
	static final String OLD_TEST_855 = """
			ISA*00*          *00*          *ZZ*ACMEX12        *ZZ*DISTHUB        *261127*1200*U*00200*000000321*1*T*>~
			GS*PR*ACMEX12*DISTHUB*261127*1200*321*X*002001~
			ST*855*0001~
			BAK*00*AC*PO-1*261127~
			PO1*1*10*EA***VP*VP-1~
			ACK*IA*10*EA~
			SE*5*0001~
			GE*1*321~
			IEA*1*000000321~
			""";

	/** A 004010 855 whose IEA names another control number and a wrong number of groups. */
	static final String BROKEN_TRAILER = """
			ISA*00*          *00*          *ZZ*ACMEX12        *ZZ*DISTHUB        *261127*1200*U*00401*000000322*0*P*>~
			GS*PR*ACMEX12*DISTHUB*20261127*1200*322*X*004010~
			ST*855*0001~
			BAK*00*AC*PO-1*20261127~
			SE*3*0001~
			GE*1*322~
			IEA*1*000000999~
			""";

	@Test
	void readsTheVersionTheAcknowledgementRequestAndTheTestFlagOfTheIsa() {
		ReadResult read = reader.read(OLD_TEST_855.getBytes(StandardCharsets.UTF_8));

		assertThat(read.envelope().version()).isEqualTo("00200");
		assertThat(read.envelope().acknowledgementRequested()).isTrue();
		assertThat(read.envelope().test()).isTrue();
		assertThat(read.envelope().errorCode()).isNull();
		assertThat(read.groups()).singleElement().satisfies(group -> assertThat(group.version()).isEqualTo("002001"));
	}

	@Test
	void answersA002001InterchangeIn002001() {
		ReadResult read = reader.read(OLD_TEST_855.getBytes(StandardCharsets.UTF_8));

		var ack = writer.functionalAcknowledgement(read.envelope(), read.groups(), X12MessageWriterTest.ADDRESSING);
		String text = new String(ack.content(), StandardCharsets.UTF_8);

		assertThat(text).contains("*U*00200*000000042*0*P*>~").contains("GS*FA*DISTHUBAPP*SUPPLIERAPP*260127*1808*7*X*002001~")
			.contains("AK1*PR*321~").contains("AK9*A*1*1*1~");
		assertThat(StaediCheck.of(ack.content()).errors).isEmpty();
	}

	@Test
	void answersA005010InterchangeWithARepetitionSeparatorInIsa11() {
		String modern = OLD_TEST_855.replace("*U*00200*", "*^*00501*").replace("*X*002001~", "*X*005010~")
			.replace("GS*PR*ACMEX12*DISTHUB*261127*", "GS*PR*ACMEX12*DISTHUB*20261127*");
		ReadResult read = reader.read(modern.getBytes(StandardCharsets.UTF_8));

		var ack = writer.functionalAcknowledgement(read.envelope(), read.groups(), X12MessageWriterTest.ADDRESSING);
		String text = new String(ack.content(), StandardCharsets.UTF_8);

		assertThat(text).contains("*^*00501*000000042*").contains("*X*005010~");
		assertThat(StaediCheck.of(ack.content()).errors).isEmpty();
	}

	@Test
	void aDamagedControlNumberAndTimeStillGetATa1ThePartnerCanRead() {
		String damaged = OLD_TEST_855.replace("*261127*1200*U*00200*000000321*", "*261127*12x0*U*00200*0000\u00e90321*")
			.replace("IEA*1*000000321~", "IEA*1*0000\u00e90321~");
		ReadResult read = reader.read(damaged.getBytes(StandardCharsets.ISO_8859_1));

		var ta1 = writer.interchangeAcknowledgement(read.envelope(), new InterchangeReport("R", "018"), read.groups(),
				X12MessageWriterTest.ADDRESSING);
		String text = new String(ta1.content(), StandardCharsets.UTF_8);

		assertThat(text).contains("~TA1*000000000*261127*1808*R*018~");
		assertThat(StaediCheck.of(ta1.content()).errors).isEmpty();
	}

	@Test
	void answersAnAcknowledgementRequestWithAnAcceptingTa1() {
		ReadResult read = reader.read(OLD_TEST_855.getBytes(StandardCharsets.UTF_8));

		var ta1 = writer.interchangeAcknowledgement(read.envelope(), InterchangeReport.accepted(read.envelope()),
				read.groups(), X12MessageWriterTest.ADDRESSING);
		String text = new String(ta1.content(), StandardCharsets.UTF_8);

		assertThat(ta1.fileName()).isEqualTo("TA1-000000042.x12");
		assertThat(text.split("~")).hasSize(3);
		assertThat(text).contains("*U*00200*000000042*").contains("~TA1*000000321*261127*1200*A*000~")
			.endsWith("IEA*0*000000042~");
		assertThat(StaediCheck.of(ta1.content()).errors).isEmpty();
	}

	@Test
	void anEnvelopeErrorGivesATa1WithItsNoteCode() {
		ReadResult read = reader.read(BROKEN_TRAILER.getBytes(StandardCharsets.UTF_8));

		assertThat(read.envelope().errorCode()).isEqualTo("001");
		var report = InterchangeReport.accepted(read.envelope());
		assertThat(report).isEqualTo(new InterchangeReport("E", "001"));
		String text = new String(writer.interchangeAcknowledgement(read.envelope(), report, read.groups(),
				X12MessageWriterTest.ADDRESSING).content(), StandardCharsets.UTF_8);
		assertThat(text).contains("~TA1*000000322*261127*1200*E*001~").contains("*U*00401*");
	}

	@Test
	void aReusedControlNumberIsRejectedWithNote025() {
		ReadResult read = reader.read(OLD_TEST_855.getBytes(StandardCharsets.UTF_8));

		String text = new String(writer.interchangeAcknowledgement(read.envelope(),
				InterchangeReport.duplicateControlNumber(read.envelope()), List.of(), X12MessageWriterTest.ADDRESSING)
			.content(), StandardCharsets.UTF_8);

		assertThat(text).contains("~TA1*000000321*261127*1200*R*025~");
	}

	@Test
	void noteCodesOfTheInterchangeTrailer() {
		String wrongCount = BROKEN_TRAILER.replace("IEA*1*000000999", "IEA*2*000000322");
		String noTrailer = BROKEN_TRAILER.replace("IEA*1*000000999~\n", "");

		assertThat(reader.read(wrongCount.getBytes(StandardCharsets.UTF_8)).envelope().errorCode()).isEqualTo("021");
		assertThat(reader.read(noTrailer.getBytes(StandardCharsets.UTF_8)).envelope().errorCode()).isEqualTo("023");
	}

	@Test
	void anInterchangeIn004010IsAnsweredIn004010() {
		ReadResult read = reader.read(BROKEN_TRAILER.replace("IEA*1*000000999", "IEA*1*000000322")
			.getBytes(StandardCharsets.UTF_8));

		String text = new String(writer.functionalAcknowledgement(read.envelope(), read.groups(),
				X12MessageWriterTest.ADDRESSING).content(), StandardCharsets.UTF_8);

		assertThat(read.envelope().errorCode()).isNull();
		assertThat(text).contains("*U*00401*").contains("*20260127*1808*7*X*004010~");
	}
}

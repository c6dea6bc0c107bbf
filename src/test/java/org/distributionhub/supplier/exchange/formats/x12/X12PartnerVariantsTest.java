package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

/** Envelopes and delimiters as real partners send them, none of them in the public samples. */
class X12PartnerVariantsTest {

	static final String BODY = """
			BAK*00*AC*PO-1001*20260120****20260127
			PO1*1*100*EA*12.5**VP*ABC-1*BP*SKU-1
			ACK*IA*100*EA*068*20260210
			CTT*1
			""";

	private final X12MessageReader reader = new X12MessageReader();

	@Test
	void stripsAByteOrderMark() {
		byte[] text = EdiFiles.bytes(EdiFiles.x12Ack(BODY));
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);

		assertReadsTheAcknowledgement(reader.read(withBom));
	}

	@Test
	void takesPipeAndBangFromTheIsaWithCarriageReturns() {
		String text = EdiFiles.x12Ack(BODY).replace('*', '|').replace("~\n", "!\r\n");

		assertReadsTheAcknowledgement(reader.read(EdiFiles.bytes(text)));
	}

	@Test
	void takesCaretAndABareNewlineAsSegmentTerminator() {
		String text = EdiFiles.x12Ack(BODY).replace('*', '^').replace("~\n", "\n");

		assertReadsTheAcknowledgement(reader.read(EdiFiles.bytes(text)));
	}

	@Test
	void takesDollarAsSegmentTerminatorWithoutNewlines() {
		String text = EdiFiles.x12Ack(BODY).replace("~\n", "$");

		assertReadsTheAcknowledgement(reader.read(EdiFiles.bytes(text)));
	}

	@Test
	void normalisesAnIsaWhoseElementsWereNotPadded() {
		String text = EdiFiles.x12Ack(BODY).replaceFirst("ISA[^~]*~",
				"ISA*00**00**ZZ*SUPPLIER*ZZ*DISTHUB *260127*1808*U*00401*905*0*P*>~");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertReadsTheAcknowledgement(result);
		assertThat(result.envelope().senderId()).isEqualTo("SUPPLIER");
		assertThat(result.envelope().receiverId()).isEqualTo("DISTHUB");
		assertThat(result.envelope().controlNumber()).isEqualTo("000000905");
	}

	@Test
	void refusesAnIsaWhoseIdIsTooLongToNormalise() {
		String text = EdiFiles.x12Ack(BODY).replaceFirst("ISA[^~]*~",
				"ISA*00**00**ZZ*SUPPLIER-WITH-A-LONG-ID*ZZ*DISTHUB*260127*1808*U*00401*905*0*P*>~");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.readable()).isFalse();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("segment 1 (ISA), element 6");
			assertThat(problem.message()).contains("ISA06 'SUPPLIER-WITH-A-LONG-ID'").contains("15 characters");
		});
	}

	@Test
	void refusesAnIsaWithoutItsComponentSeparator() {
		String text = EdiFiles.x12Ack(BODY).replaceFirst("ISA[^~]*~",
				"ISA*00**00**ZZ*SUPPLIER*ZZ*DISTHUB*260127*1808*U*00401*905*0*P~");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.readable()).isFalse();
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("ends after 15 elements").contains("cannot be normalised"));
	}

	@Test
	void reportsAnInterchangeTrailerThatDoesNotMatchTheHeaderButStillReadsItsGroups() {
		String text = EdiFiles.x12Ack(BODY).replace("IEA*1*" + EdiFiles.ISA_CONTROL, "IEA*1*000000906");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.documents()).hasSize(1);
		assertThat(result.problems()).extracting(SyntaxProblem::message)
			.containsExactly("IEA02 000000906 does not match ISA13 000000905");
		assertThat(result.groups().get(0).status()).isEqualTo("A");
	}

	@Test
	void rejectsATransactionWhoseSegmentCountIsWrong() {
		String text = EdiFiles.x12Ack(BODY).replace("SE*6*0001", "SE*7*0001");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.documents()).isEmpty();
		GroupReport group = result.groups().get(0);
		assertThat(group.status()).isEqualTo("R");
		assertThat(group.transactions().get(0).status()).isEqualTo("R");
		assertThat(group.transactions().get(0).errorCodes()).containsExactly("4");
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("transaction 0001");
			assertThat(problem.message()).isEqualTo("SE01 says 7 segments but the transaction has 6");
		});
	}

	@Test
	void rejectsATransactionWhoseTrailerNamesAnotherControlNumber() {
		String text = EdiFiles.x12Ack(BODY).replace("SE*6*0001", "SE*6*0009");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.documents()).isEmpty();
		assertThat(result.groups().get(0).transactions().get(0).errorCodes()).containsExactly("3");
		assertThat(result.problems()).extracting(SyntaxProblem::message)
			.containsExactly("SE02 0009 does not match ST02 0001");
	}

	@Test
	void rejectsASecondTransactionWithTheSameControlNumber() {
		String text = EdiFiles.x12Ack(BODY, BODY.replace("PO-1001", "PO-1002")).replace("0002~", "0001~");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.documents()).singleElement()
			.satisfies(doc -> assertThat(((ReceivedAcknowledgement) doc).poNumber()).isEqualTo("PO-1001"));
		GroupReport group = result.groups().get(0);
		assertThat(group.status()).isEqualTo("P");
		assertThat(group.transactions().get(1).errorCodes()).containsExactly("23");
	}

	@Test
	void rejectsTheGroupWhenItsTransactionCountIsWrong() {
		String text = EdiFiles.x12Ack(BODY).replace("GE*1*41", "GE*2*41");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.documents()).isEmpty();
		GroupReport group = result.groups().get(0);
		assertThat(group.status()).isEqualTo("R");
		assertThat(group.errorCodes()).containsExactly("5");
		assertThat(group.transactionsIncluded()).isEqualTo(2);
		assertThat(group.transactionsReceived()).isEqualTo(1);
		assertThat(group.transactions().get(0).status()).isEqualTo("A");
	}

	@Test
	void rejectsATransactionWithoutTrailerAndAGroupWithoutTrailer() {
		String text = EdiFiles.x12Ack(BODY).replace("SE*6*0001~\nGE*1*41~\n", "");

		ReadResult result = reader.read(EdiFiles.bytes(text));

		assertThat(result.documents()).isEmpty();
		assertThat(result.groups().get(0).errorCodes()).contains("3");
		assertThat(result.groups().get(0).transactions().get(0).errorCodes()).contains("2");
	}

	@Test
	void readsVersion005010() {
		String text = EdiFiles.x12("00501", "005010", "PR", "855", List.of(BODY));

		assertReadsTheAcknowledgement(reader.read(EdiFiles.bytes(text)));
	}

	@Test
	void readsVersion003010WithSixDigitDates() {
		String body = """
				BAK*00*AC*PO-1001*260120****260127
				PO1*1*100*EA*12.5**VP*ABC-1*BP*SKU-1
				ACK*IA*100*EA*068*260210
				CTT*1
				""";
		String text = EdiFiles.x12("00300", "003010", "PR", "855", List.of(body));

		assertReadsTheAcknowledgement(reader.read(EdiFiles.bytes(text)));
	}

	static void assertReadsTheAcknowledgement(ReadResult result) {
		assertThat(result.problems()).isEmpty();
		assertThat(result.envelope().controlNumber()).isEqualTo(EdiFiles.ISA_CONTROL);
		assertThat(result.groups()).singleElement().satisfies(group -> assertThat(group.status()).isEqualTo("A"));
		var ack = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(ack.poNumber()).isEqualTo("PO-1001");
		assertThat(ack.poDate()).isEqualTo(LocalDate.of(2026, 1, 20));
		assertThat(ack.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2026-01-27T18:08:00Z"));
		var status = ack.lines().get(0).statuses().get(0);
		assertThat(status.code()).isEqualTo("IA");
		assertThat(status.quantity()).isEqualByComparingTo("100");
		assertThat(status.dateQualifier()).isEqualTo("068");
		assertThat(status.date()).isEqualTo(LocalDate.of(2026, 2, 10));
	}
}

package org.distributionhub.supplier.exchange.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

class EdifactMessageReaderTest {

	static final String ORDRSP = """
			UNA:+.? '
			UNB+UNOC:3+4012345000009:14+5412345000013:14+260127:1808+77'
			UNH+1+ORDRSP:D:96A:UN'
			BGM+231+RSP-9?+1+4+AC'
			DTM+137:202601271808:203'
			RFF+ON:PO-1001'
			DTM+4:20260120:102'
			CUX+2:EUR:9'
			LIN+1+3+4000862141404:SRV'
			PIA+1+ABC-1:SA+SKU-1:BP'
			QTY+21:100:PCE'
			QTY+113:60:PCE'
			QTY+83:40:PCE'
			DTM+67:20260215:102'
			PRI+AAA:12,50'
			FTX+AAI+++LIMITED STOCK'
			LIN+2+7+4000862141411:EN'
			QTY+21:5:PCE'
			UNS+S'
			UNT+18+1'
			UNZ+1+77'
			""";

	private final EdifactMessageReader reader = new EdifactMessageReader();

	@Test
	void readsAnOrderResponseThatChangesALine() {
		ReadResult result = reader.read(EdiFiles.bytes(ORDRSP));

		assertThat(result.problems()).isEmpty();
		assertThat(result.groups()).singleElement().satisfies(group -> {
			assertThat(group.status()).isEqualTo("A");
			assertThat(group.transactions()).singleElement()
				.satisfies(message -> assertThat(message.setId()).startsWith("ORDRSP:D:"));
		});
		assertThat(result.envelope().standard()).isEqualTo("EDIFACT");
		assertThat(result.envelope().senderId()).isEqualTo("4012345000009");
		assertThat(result.envelope().senderQualifier()).isEqualTo("14");
		assertThat(result.envelope().controlNumber()).isEqualTo("77");
		assertThat(result.envelope().preparedAt()).isEqualTo(LocalDateTime.of(2026, 1, 27, 18, 8));
		var ack = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(ack.documentId()).isEqualTo("1");
		assertThat(ack.codeList()).isEqualTo(CodeList.EDIFACT);
		assertThat(ack.purposeCode()).isEqualTo("4");
		assertThat(ack.typeCode()).isEqualTo("AC");
		assertThat(ack.poNumber()).isEqualTo("PO-1001");
		assertThat(ack.sellerOrderNumber()).isEqualTo("RSP-9+1");
		assertThat(ack.poDate()).isEqualTo(LocalDate.of(2026, 1, 20));
		assertThat(ack.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2026-01-27T18:08:00Z"));

		var changed = ack.lines().get(0);
		assertThat(changed.lineNumber()).isEqualTo("1");
		assertThat(changed.items()).containsExactly(new PartnerItemId("EN", "4000862141404"),
				new PartnerItemId("VP", "ABC-1"), new PartnerItemId("BP", "SKU-1"));
		assertThat(changed.orderedQuantity()).isEqualByComparingTo("100");
		assertThat(changed.unitPrice()).isEqualByComparingTo("12.50");
		assertThat(changed.currency()).isEqualTo("EUR");
		assertThat(changed.statuses()).hasSize(2);
		var confirmed = changed.statuses().get(0);
		assertThat(confirmed.code()).isEqualTo("3");
		assertThat(confirmed.quantity()).isEqualByComparingTo("60");
		assertThat(confirmed.dateQualifier()).isEqualTo("067");
		assertThat(confirmed.date()).isEqualTo(LocalDate.of(2026, 2, 15));
		assertThat(confirmed.reason()).isEqualTo("LIMITED STOCK");
		var backordered = changed.statuses().get(1);
		assertThat(backordered.code()).isEqualTo("83");
		assertThat(backordered.quantity()).isEqualByComparingTo("40");
		assertThat(ack.lines().get(1).statuses()).singleElement()
			.satisfies(status -> assertThat(status.code()).isEqualTo("7"));
	}

	@Test
	void readsTheSameResponseWithItsOwnDelimiters() {
		String custom = ORDRSP.replace("UNA:+.? '", "UNA=*.? ~").replace('+', '*').replace(':', '=')
			.replace("RSP-9?*1", "RSP-9?+1").replace('\'', '~').replace("12,50", "12.50");

		ReadResult result = reader.read(EdiFiles.bytes(custom));

		assertThat(result.problems()).isEmpty();
		var ack = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(ack.poNumber()).isEqualTo("PO-1001");
		assertThat(ack.sellerOrderNumber()).isEqualTo("RSP-9+1");
		assertThat(ack.lines()).hasSize(2);
	}

	@Test
	void refusesNothingButReportsAMessageWhoseCountIsWrong() {
		ReadResult result = reader.read(EdiFiles.bytes(ORDRSP.replace("UNT+18+1", "UNT+17+1")));

		assertThat(result.documents()).isEmpty();
		assertThat(result.envelope()).isNotNull();
		assertThat(result.problems()).containsExactly(
				new SyntaxProblem("message 1", "UNT says 17 segments but the message has 18"));
	}

	@Test
	void reportsAnImpossibleDeliveryDateAndGivesNoDocument() {
		ReadResult result = reader.read(EdiFiles.bytes(ORDRSP.replace("DTM+67:20260215:102", "DTM+67:20261331:102")));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("message 1, segment 12 (DTM), element 1");
			assertThat(problem.message()).contains("20261331");
		});
	}

	@Test
	void reportsAnOrderResponseWithoutPurchaseOrderNumber() {
		ReadResult result = reader.read(EdiFiles.bytes(ORDRSP.replace("RFF+ON:PO-1001'\n", "")
			.replace("UNT+18+1", "UNT+17+1")));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("RFF+ON"));
	}

	@Test
	void readsADespatchAdviceWithItsPackages() {
		ReadResult result = reader.read(EdiFiles.bytes("""
				UNB+UNOC:3+4012345000009:14+5412345000013:14+260201:1015+79'
				UNH+9+DESADV:D:96A:UN'
				BGM+351+DES-55+9'
				DTM+11:20260201:102'
				DTM+17:20260205:102'
				RFF+ON:PO-1001'
				CPS+1'
				CPS+2+1'
				PAC+1++CT'
				GIN+BJ+354123450000000014'
				LIN+1++4000862141404:SRV'
				PIA+1+ABC-1:SA'
				QTY+12:60:PCE'
				CPS+3+1'
				PAC+1++CT'
				GIN+BJ+354123450000000021'
				LIN+2++4000862141411:SRV'
				QTY+12:5:PCE'
				RFF+ON:PO-1002'
				UNT+19+9'
				UNZ+1+79'
				"""));

		assertThat(result.problems()).isEmpty();
		var notice = (ReceivedShipNotice) result.documents().get(0);
		assertThat(notice.documentId()).isEqualTo("9");
		assertThat(notice.shipmentId()).isEqualTo("DES-55");
		assertThat(notice.shipDate()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(notice.expectedDelivery()).isEqualTo(LocalDate.of(2026, 2, 5));
		assertThat(notice.items()).containsExactly(
				new ReceivedShipNotice.Item("PO-1001", "1", List.of(new PartnerItemId("EN", "4000862141404"),
						new PartnerItemId("VP", "ABC-1")), new BigDecimal("60"), "PCE", "354123450000000014"),
				new ReceivedShipNotice.Item("PO-1002", "2", List.of(new PartnerItemId("EN", "4000862141411")),
						new BigDecimal("5"), "PCE", "354123450000000021"));
	}

	@Test
	void readsAControlMessage() {
		ReadResult result = reader.read(EdiFiles.bytes("""
				UNB+UNOC:3+4012345000009:14+5412345000013:14+260127:1808+78'
				UNH+5+CONTRL:D:3:UN'
				UCI+42+5412345000013:14+4012345000009:14+7'
				UCM+1+ORDERS:D:96A:UN+7'
				UNT+4+5'
				UNZ+1+78'
				"""));

		assertThat(result.problems()).isEmpty();
		var contrl = (ReceivedFunctionalAck) result.documents().get(0);
		assertThat(contrl.documentId()).isEqualTo("5");
		assertThat(contrl.functionalId()).isEqualTo("ORDERS");
		assertThat(contrl.groupControlNumber()).isEqualTo("42");
		assertThat(contrl.groupStatus()).isEqualTo("A");
		assertThat(contrl.transactions())
			.containsExactly(new ReceivedFunctionalAck.TransactionResult("ORDERS", "1", "A"));
	}

	@Test
	void readsTheEnvelopeAndTheInvoiceOfAnInterchangeWithCustomDelimiters() {
		ReadResult result = reader.read(EdiFiles.sample("edifact-invoic-staedi-una-custom-delims.edi"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).singleElement().isInstanceOf(ReceivedInvoice.class);
		assertThat(result.envelope().senderId()).isEqualTo("005435656");
		assertThat(result.envelope().receiverId()).isEqualTo("006415160");
		assertThat(result.envelope().controlNumber()).isEqualTo("00000000000778");
	}

	@Test
	void readsAGroupedInterchangeAndReportsItsEnvelopeProblems() {
		ReadResult result = reader.read(EdiFiles.sample("edifact-orders-staedi-1.edi"));

		assertThat(result.documents()).isEmpty();
		assertThat(result.envelope().test()).isTrue();
		assertThat(result.problems()).extracting(SyntaxProblem::path).contains("interchange", "group 1", "message 1");
		assertThat(result.problems()).extracting(SyntaxProblem::message)
			.contains("UNT says 21 segments but the message has 18",
					"Message type ORDERS is not accepted from a supplier");
	}

	@Test
	void refusesSomethingThatIsNotEdifact() {
		ReadResult result = reader.read(EdiFiles.sample("x12-855-staedi-1.edi"));

		assertThat(result.readable()).isFalse();
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("not an EDIFACT interchange"));
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

class X12MessageReaderSamplesTest {

	private final X12MessageReader reader = new X12MessageReader();

	@Test
	void readsAnAcknowledgementWithAcceptedAndRejectedLinesAndTheirSchedules() {
		var result = reader.read(EdiFiles.sample("x12-855-nodex12-1.edi"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.envelope().senderId()).isEqualTo("1556150");
		assertThat(result.envelope().controlNumber()).isEqualTo("000000005");
		var ack = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(ack.documentId()).isEqualTo("0005");
		assertThat(ack.poNumber()).isEqualTo("POTEST1112");
		assertThat(ack.codeList()).isEqualTo(CodeList.X12);
		assertThat(ack.purposeCode()).isEqualTo("00");
		assertThat(ack.typeCode()).isEqualTo("AD");
		assertThat(ack.poDate()).isEqualTo(LocalDate.of(2020, 10, 15));
		assertThat(ack.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2020-10-15T15:34:00Z"));
		assertThat(ack.lines()).hasSize(4);

		var first = ack.lines().get(0);
		assertThat(first.lineNumber()).isEqualTo("1");
		assertThat(first.items()).startsWith(new PartnerItemId("EN", "9780446360265"));
		assertThat(first.orderedQuantity()).isEqualByComparingTo("3");
		assertThat(first.orderedUnit()).isEqualTo("UN");
		assertThat(first.unitPrice()).isEqualByComparingTo("4.5");
		assertThat(first.currency()).isEqualTo("USD");
		assertThat(first.statuses()).singleElement().satisfies(status -> {
			assertThat(status.code()).isEqualTo("IA");
			assertThat(status.partnerCode()).isEqualTo("AC");
			assertThat(status.quantity()).isEqualByComparingTo("3");
		});
		assertThat(first.schedule()).singleElement().satisfies(schedule -> {
			assertThat(schedule.quantity()).isEqualByComparingTo("3");
			assertThat(schedule.dateQualifier()).isEqualTo("080");
			assertThat(schedule.date()).isEqualTo(LocalDate.of(2004, 12, 31));
		});
		var second = ack.lines().get(1);
		assertThat(second.statuses()).singleElement().satisfies(status -> {
			assertThat(status.code()).isEqualTo("IR");
			assertThat(status.partnerCode()).isEqualTo("CW");
			assertThat(status.quantity()).isEqualByComparingTo(BigDecimal.ZERO);
		});
		assertThat(result.groups()).singleElement().satisfies(group -> {
			assertThat(group.functionalId()).isEqualTo("PR");
			assertThat(group.groupControlNumber()).isEqualTo("5");
			assertThat(group.status()).isEqualTo("A");
			assertThat(group.transactions()).singleElement().satisfies(tx -> assertThat(tx.status()).isEqualTo("A"));
		});
	}

	@Test
	void readsTwoAcknowledgementsOfOneGroup() {
		var result = reader.read(EdiFiles.sample("x12-855-staedi-1.edi"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).extracting(doc -> ((ReceivedAcknowledgement) doc).poNumber())
			.containsExactly("ORDER1", "ORDER2");
		assertThat(result.documents()).extracting(doc -> doc.documentId()).containsExactly("0001", "0002");
		assertThat(result.envelope().test()).isTrue();
		var group = result.groups().get(0);
		assertThat(group.status()).isEqualTo("A");
		assertThat(group.transactionsIncluded()).isEqualTo(2);
		assertThat(group.transactionsReceived()).isEqualTo(2);
		assertThat(group.transactionsAccepted()).isEqualTo(2);
	}

	@Test
	void flattensAShipNoticeTreeIntoItemsWithTheirPurchaseOrder() {
		var result = reader.read(EdiFiles.sample("x12-856-nodex12-1.edi"));

		assertThat(result.problems()).isEmpty();
		var notice = (ReceivedShipNotice) result.documents().get(0);
		assertThat(notice.shipmentId()).isEqualTo("829716");
		assertThat(notice.shipDate()).isEqualTo(LocalDate.of(2011, 12, 6));
		assertThat(notice.items()).hasSize(2);
		assertThat(notice.items().get(0).poNumber()).isEqualTo("99999817");
		assertThat(notice.items().get(0).lineNumber()).isEqualTo("1");
		assertThat(notice.items().get(0).items()).containsExactly(new PartnerItemId("VP", "87787D"),
				new PartnerItemId("UP", "999999310145"));
		assertThat(notice.items().get(0).quantity()).isEqualByComparingTo("24");
		assertThat(notice.items().get(1).quantity()).isEqualByComparingTo("6");
		assertThat(notice.items().get(1).unit()).isEqualTo("EA");
	}

	@Test
	void readsAFunctionalAcknowledgementThatRejectsATransaction() {
		var result = reader.read(EdiFiles.sample("x12-997-staedi-1.edi"));

		assertThat(result.problems()).isEmpty();
		var ack = (ReceivedFunctionalAck) result.documents().get(0);
		assertThat(ack.functionalId()).isEqualTo("HC");
		assertThat(ack.groupControlNumber()).isEqualTo("000001");
		assertThat(ack.groupStatus()).isEqualTo("R");
		assertThat(ack.transactions()).containsExactly(new ReceivedFunctionalAck.TransactionResult("837", "0021", "R"));
		assertThat(result.groups().get(0).functionalId()).isEqualTo("FA");
	}

	@Test
	void rejectsTheMalformedPurchaseOrderWithoutThrowing() {
		var result = reader.read(EdiFiles.sample("x12-850-gozer-newline-malformed-se-count.edi"));

		assertThat(result.documents()).isEmpty();
		assertThat(result.envelope().controlNumber()).isEqualTo("000003438");
		var transaction = result.groups().get(0).transactions().get(0);
		assertThat(transaction.setId()).isEqualTo("850");
		assertThat(transaction.status()).isEqualTo("R");
		assertThat(transaction.errorCodes()).contains("4", "1");
		assertThat(result.groups().get(0).status()).isEqualTo("R");
		assertThat(result.problems()).extracting(SyntaxProblem::message)
			.anyMatch(message -> message.contains("SE01 says 33 segments but the transaction has 21"))
			.anyMatch(message -> message.contains("no complete IEA"))
			.anyMatch(message -> message.contains("850 is not accepted from a supplier"));
	}

	@Test
	void readsTheInvoicesAndRejectsThePurchaseOrderGroupAsNotFromASupplier() {
		var result = reader.read(EdiFiles.sample("x12-810-850-staedi-dual.edi"));

		assertThat(result.documents()).hasSize(2).allMatch(ReceivedInvoice.class::isInstance);
		assertThat(result.groups()).hasSize(2);
		assertThat(result.groups().get(0).status()).isEqualTo("A");
		assertThat(result.groups().get(0).transactionsAccepted()).isEqualTo(2);
		var purchaseOrders = result.groups().get(1);
		assertThat(purchaseOrders.status()).isEqualTo("R");
		assertThat(purchaseOrders.transactions()).allSatisfy(tx -> assertThat(tx.errorCodes()).containsExactly("1"));
		assertThat(purchaseOrders.version()).isEqualTo("003010");
	}

	@Test
	void refusesAnEdifactInterchangeAsNotX12() {
		var result = reader.read(EdiFiles.sample("edifact-orders-staedi-1.edi"));

		assertThat(result.readable()).isFalse();
		assertThat(result.envelope()).isNull();
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("not an X12 interchange"));
	}
}

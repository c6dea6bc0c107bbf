package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.ElementError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.SegmentError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.TransactionReport;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.junit.jupiter.api.Test;

/** Line statuses of an 855 as partners send them, and the 997 errors for the ones that cannot be read. */
class X12AcknowledgementLinesTest {

	private final X12MessageReader reader = new X12MessageReader();

	@Test
	void keepsThePartnersOwnCodeFromAck29() {
		Status status = onlyStatus("ACK*IB*40*EA************************ZZ*ACK*BO7");

		assertThat(status.code()).isEqualTo("IB");
		assertThat(status.partnerCode()).isEqualTo("BO7");
	}

	@Test
	void readsAQuantityChange() {
		Status status = onlyStatus("ACK*IQ*60*EA");

		assertThat(status.code()).isEqualTo("IQ");
		assertThat(status.quantity()).isEqualByComparingTo("60");
		assertThat(status.unit()).isEqualTo("EA");
		assertThat(status.partnerCode()).isNull();
	}

	@Test
	void readsARescheduledDate() {
		Status status = onlyStatus("ACK*DR*100*EA*067*20260301");

		assertThat(status.code()).isEqualTo("DR");
		assertThat(status.dateQualifier()).isEqualTo("067");
		assertThat(status.date()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void readsTheSubstitutesItems() {
		Status status = onlyStatus("ACK*IS*100*EA*068*20260301**VP*ABC-2*UP*012345678905");

		assertThat(status.substituteItems()).containsExactly(new PartnerItemId("VP", "ABC-2"),
				new PartnerItemId("UP", "012345678905"));
	}

	@Test
	void takesTheReasonFromAFollowingNote() {
		ReceivedAcknowledgement ack = onlyAck("""
				PO1*1*100*EA*12.5**VP*ABC-1
				ACK*IA*60*EA
				NTE*LIN*LIMITED STOCK
				ACK*IB*40*EA*068*20260401
				""");

		assertThat(ack.lines().get(0).statuses()).extracting(Status::code, Status::reason)
			.containsExactly(tuple("IA", "LIMITED STOCK"),
					tuple("IB", null));
	}

	@Test
	void leavesAPriceChangeWithoutCtpToTheLinePrice() {
		var line = onlyAck(line("ACK*IP*100*EA")).lines().get(0);

		assertThat(line.statuses().get(0).unitPrice()).isNull();
		assertThat(line.unitPrice()).isEqualByComparingTo("12.5");
	}

	@Test
	void givesAPriceChangeTheCtpPrice() {
		var line = onlyAck("""
				PO1*1*25*EA*12.5**VP*ABC-1
				CTP**CON*13.75
				ACK*IP
				ACK*IA*25*EA
				""").lines().get(0);

		assertThat(line.statuses()).extracting(Status::code).containsExactly("IP", "IA");
		assertThat(line.statuses().get(0).unitPrice()).isEqualByComparingTo("13.75");
		assertThat(line.statuses().get(1).unitPrice()).isNull();
	}

	@Test
	void readsAnAerospaceAckLoopWithTheSubstituteInTheLastPairs() {
		var line = onlyAck("""
				PO1*1*25*EA*410**BP*NAS1149-08*VP*P-0815
				CTP**CON*395.5
				ACK*IP
				ACK*DR***068*20270115
				ACK*IQ*20
				ACK*IS************************VP*P-0816*BP*NAS1149-08A
				""").lines().get(0);

		assertThat(line.statuses()).extracting(Status::code, Status::quantity, Status::date)
			.containsExactly(tuple("IP", null, null), tuple("DR", null, LocalDate.of(2027, 1, 15)),
					tuple("IQ", new java.math.BigDecimal("20"), null), tuple("IS", null, null));
		assertThat(line.statuses().get(3).substituteItems()).containsExactly(new PartnerItemId("VP", "P-0816"),
				new PartnerItemId("BP", "NAS1149-08A"));
	}

	@Test
	void rejectsAnImpossibleDateWithAnElementErrorAndAcceptsTheOtherTransaction() {
		ReadResult result = reader.read(EdiFiles.bytes(EdiFiles.x12Ack(body("ACK*DR*100*EA*067*20261331"),
				body("ACK*IA*100*EA"))));

		assertThat(result.documents()).singleElement().extracting(doc -> doc.documentId()).isEqualTo("0002");
		var group = result.groups().get(0);
		assertThat(group.status()).isEqualTo("P");
		assertThat(group.transactionsAccepted()).isEqualTo(1);
		var rejected = group.transactions().get(0);
		assertThat(rejected.status()).isEqualTo("R");
		assertThat(rejected.errorCodes()).containsExactly("5");
		assertThat(rejected.segmentErrors()).containsExactly(new SegmentError("ACK", 4, null, "8",
				List.of(new ElementError(5, null, "373", "8", "20261331"))));
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("transaction 0001, segment 4 (ACK), element 5");
			assertThat(problem.message()).contains("20261331").contains("not a valid date");
		});
	}

	@Test
	void rejectsANonNumericQuantity() {
		var transaction = rejected("ACK*IA*1O0*EA");

		assertThat(transaction.segmentErrors().get(0).elements())
			.containsExactly(new ElementError(2, null, "380", "6", "1O0"));
	}

	@Test
	void rejectsAQuantityLongerThanTheHubStores() {
		var transaction = rejected("ACK*IA*12345678901234*EA");

		assertThat(transaction.segmentErrors().get(0).elements())
			.containsExactly(new ElementError(2, null, "380", "6", "12345678901234"));
	}

	@Test
	void rejectsAMissingStatusCode() {
		var transaction = rejected("ACK**100*EA");

		assertThat(transaction.segmentErrors().get(0).elements())
			.containsExactly(new ElementError(1, null, "668", "1", null));
	}

	@Test
	void rejectsAnUnknownStatusCode() {
		var transaction = rejected("ACK*XX*100*EA");

		assertThat(transaction.segmentErrors().get(0).elements())
			.containsExactly(new ElementError(1, null, "668", "7", "XX"));
	}

	@Test
	void readsAQuantityWithoutUnitAsInThePurchaseOrderLinesUnit() {
		Status status = onlyStatus("ACK*IQ*60");

		assertThat(status.quantity()).isEqualByComparingTo("60");
		assertThat(status.unit()).isNull();
	}

	@Test
	void rejectsAUnitWithoutQuantity() {
		var transaction = rejected("ACK*IQ**EA");

		assertThat(transaction.segmentErrors().get(0).elements())
			.containsExactly(new ElementError(2, null, "380", "2", null));
	}

	@Test
	void rejectsAnAcknowledgementWithoutPurchaseOrderNumber() {
		ReadResult result = reader.read(EdiFiles.bytes(EdiFiles.x12Ack("BAK*00*AC**20260120\nCTT*0")));

		assertThat(result.documents()).isEmpty();
		assertThat(result.groups().get(0).transactions().get(0).segmentErrors())
			.containsExactly(new SegmentError("BAK", 2, null, "8",
					List.of(new ElementError(3, null, "324", "1", null))));
	}

	private Status onlyStatus(String ack) {
		return onlyAck(line(ack)).lines().get(0).statuses().get(0);
	}

	private ReceivedAcknowledgement onlyAck(String lines) {
		ReadResult result = reader.read(EdiFiles.bytes(EdiFiles.x12Ack("BAK*00*AC*PO-1001*20260120\n" + lines)));
		assertThat(result.problems()).isEmpty();
		return (ReceivedAcknowledgement) result.documents().get(0);
	}

	private TransactionReport rejected(String ack) {
		ReadResult result = reader.read(EdiFiles.bytes(EdiFiles.x12Ack(body(ack))));
		assertThat(result.documents()).isEmpty();
		assertThat(result.groups().get(0).status()).isEqualTo("R");
		var transaction = result.groups().get(0).transactions().get(0);
		assertThat(transaction.status()).isEqualTo("R");
		assertThat(transaction.segmentErrors()).singleElement()
			.satisfies(segment -> assertThat(segment.segmentId()).isEqualTo("ACK"));
		return transaction;
	}

	private static String body(String ack) {
		return "BAK*00*AC*PO-1001*20260120\n" + line(ack) + "CTT*1\n";
	}

	private static String line(String ack) {
		return "PO1*1*100*EA*12.5**VP*ABC-1\n" + ack + "\n";
	}
}

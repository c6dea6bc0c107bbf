package org.distributionhub.supplier.exchange.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.formats.edi.StaediCheck;
import org.distributionhub.supplier.exchange.formats.x12.X12MessageWriterTest;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.junit.jupiter.api.Test;

class EdifactMessageWriterTest {

	static final Addressing ADDRESSING = new Addressing(new EdiIdentity("14", "4012345000009", "DISTHUB"),
			new EdiIdentity("14", "5412345000013", "SUPPLIER"), 77, 7, OffsetDateTime.parse("2026-01-27T18:08:00Z"),
			true);

	private final EdifactMessageWriter writer = new EdifactMessageWriter();

	@Test
	void writesOrdersThatStaediReadsWithoutErrors() {
		var message = writer.purchaseOrder(X12MessageWriterTest.ORDER, ADDRESSING);
		String text = new String(message.content(), StandardCharsets.UTF_8);

		assertThat(message.fileName()).isEqualTo("ORDERS-PO-1001-77.edi");
		var check = StaediCheck.of(message.content());
		assertThat(check.errors).isEmpty();
		assertThat(check.segments).containsExactly("UNA", "UNB", "UNH", "BGM", "DTM", "NAD", "CUX", "LIN", "PIA",
				"QTY", "DTM", "PRI", "LIN", "QTY", "DTM", "UNS", "CNT", "UNT", "UNZ");
		assertThat(text.split("'")).containsExactly("UNA:+.? ", "UNB+UNOC:3+4012345000009:14+5412345000013:14"
				+ "+260127:1808+77++++++1", "UNH+1+ORDERS:D:96A:UN", "BGM+220+PO-1001+9", "DTM+137:20260127:102",
				"NAD+ST+WH-EAST::92", "CUX+2:USD:9", "LIN+1++ABC-1:SA", "PIA+1+SKU-1:BP", "QTY+21:100:EA",
				"DTM+2:20260215:102", "PRI+AAA:12.5", "LIN+2++SKU-2:BP", "QTY+21:5:CA", "DTM+2:20260220:102",
				"UNS+S", "CNT+2:2", "UNT+16+1", "UNZ+1+77");
	}

	@Test
	void sendsARevisionAsAChange() {
		var order = X12MessageWriterTest.ORDER;
		var revised = new OutboundPurchaseOrder(order.supplierId(), order.poNumber(), 1, order.orderDate(),
				order.shipTo(), order.currency(), order.lines());

		assertThat(new String(writer.purchaseOrder(revised, ADDRESSING).content(), StandardCharsets.UTF_8))
			.contains("'BGM+220+PO-1001+4'");
	}

	@Test
	void writesEveryPartnerQualifierOfTheCodeListBookTradeSanIncluded() {
		for (String qualifier : List.of("31B", "14", "ZZZ", "ZZ", "503", "506", "1")) {
			var books = new Addressing(new EdiIdentity("ZZZ", "DISTHUB", "DISTHUB"),
					new EdiIdentity(qualifier, "1234567", "1234567"), 78, 8,
					OffsetDateTime.parse("2026-01-27T18:08:00Z"), false);

			var message = writer.purchaseOrder(X12MessageWriterTest.ORDER, books);

			assertThat(new String(message.content(), StandardCharsets.UTF_8))
				.contains("'UNB+UNOC:3+DISTHUB:ZZZ+1234567:" + qualifier + "+260127:1808+78'");
			assertThat(readWithoutCodeLists(message.content())).isEmpty();
		}
	}

	@Test
	void refusesAQualifierOutsideTheCodeListInItsOwnWords() {
		var bad = new Addressing(new EdiIdentity("ZZZ", "DISTHUB", "DISTHUB"), new EdiIdentity("QQ", "1234567", "X"),
				79, 9, OffsetDateTime.parse("2026-01-27T18:08:00Z"), false);

		assertThatThrownBy(() -> writer.purchaseOrder(X12MessageWriterTest.ORDER, bad))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("'QQ' is no EDIFACT identification code qualifier (0007) for the UNB recipient");
	}

	/** StAEDI's reading errors other than its own, shorter, copy of the 0007 code list. */
	private static List<String> readWithoutCodeLists(byte[] content) {
		var errors = new java.util.ArrayList<String>();
		var factory = io.xlate.edi.stream.EDIInputFactory.newFactory();
		factory.setProperty(io.xlate.edi.stream.EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
		try (var reader = factory.createEDIStreamReader(new java.io.ByteArrayInputStream(content))) {
			while (reader.hasNext()) {
				if (reader.next().isError()) {
					errors.add(reader.getErrorType() + " at " + reader.getLocation());
				}
			}
		}
		catch (Exception e) {
			errors.add(String.valueOf(e.getMessage()));
		}
		return errors;
	}

	@Test
	void acknowledgesAReceivedInterchangeWithAPositiveControlMessage() {
		var received = new EdifactMessageReader().read(EdiFiles.bytes(EdifactMessageReaderTest.ORDRSP));

		var contrl = writer.functionalAcknowledgement(received.envelope(), received.groups(), ADDRESSING);

		assertThat(contrl.fileName()).startsWith("CONTRL-");
		assertThat(new String(contrl.content(), StandardCharsets.UTF_8)).contains("UNH+1+CONTRL:D:3:UN'")
			.contains("UCI+77+4012345000009:14+")
			.contains("+7'")
			.contains("UCM+1+ORDRSP:D:");
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.distributionhub.supplier.exchange.formats.edi.StaediCheck;
import org.distributionhub.supplier.exchange.formats.edifact.EdifactMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.junit.jupiter.api.Test;

/** The 824 and the APERAK that reject an invoice: sound envelopes, the invoice named, the reason told safely. */
class InvoiceRejectionWritersTest {

	static final InvoiceRejection REJECTION = new InvoiceRejection("INV-9", "PO-1",
			"Price 2.75 * 10 differs from the order's 2.50~ please credit", OffsetDateTime.parse("2026-12-02T10:15:00Z"),
			"42");

	@Test
	void writesAn824WithTheInvoiceAndAReasonFreeOfDelimiters() {
		var message = new X12MessageWriter().invoiceRejection(REJECTION, X12MessageWriterTest.ADDRESSING);

		String text = new String(message.content(), StandardCharsets.UTF_8);
		assertThat(message.fileName()).isEqualTo("824-INV-9-000000042.x12");
		assertThat(StaediCheck.of(message.content()).errors).isEmpty();
		assertThat(text).contains("~GS*AG*DISTHUBAPP*SUPPLIERAPP*20260127*1808*7*X*004010~")
			.contains("~ST*824*0001~BGN*00*42*20261202~OTI*IR*IV*INV-9~REF*PO*PO-1~")
			.contains("~TED*ZZZ*Price 2.75   10 differs from the order's 2.50  please credit~")
			.contains("~SE*7*0001~");
	}

	@Test
	void writesAnAperakWithTheInvoiceItsOrderAndTheReason() {
		var addressing = new Addressing(new EdiIdentity("ZZZ", "DISTHUB", "DISTHUB"),
				new EdiIdentity("ZZZ", "SUPPLIER", "SUPPLIER"), 42, 7, OffsetDateTime.parse("2026-01-27T18:08:00Z"),
				false);

		var message = new EdifactMessageWriter().invoiceRejection(REJECTION, addressing);

		String text = new String(message.content(), StandardCharsets.UTF_8);
		assertThat(message.fileName()).isEqualTo("APERAK-INV-9-42.edi");
		assertThat(StaediCheck.of(message.content()).errors).isEmpty();
		assertThat(text).contains("UNH+1+APERAK:D:96A:UN'BGM+305+42+27'DTM+137:202612021015:203'RFF+IV:INV-9'"
				+ "RFF+ON:PO-1'ERC+ZZZ'FTX+AAO+++Price 2.75 * 10 differs from the order?'s 2.50~ please credit'UNT+8+1'");
	}
}

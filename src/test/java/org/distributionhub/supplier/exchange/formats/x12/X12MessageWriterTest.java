package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.formats.edi.StaediCheck;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.junit.jupiter.api.Test;

public class X12MessageWriterTest {

	static final Addressing ADDRESSING = new Addressing(new EdiIdentity("ZZ", "DISTHUB", "DISTHUBAPP"),
			new EdiIdentity("ZZ", "SUPPLIER", "SUPPLIERAPP"), 42, 7, OffsetDateTime.parse("2026-01-27T18:08:00Z"),
			false);

	public static final OutboundPurchaseOrder ORDER = new OutboundPurchaseOrder("acme", "PO-1001", 0,
			LocalDate.of(2026, 1, 27), "WH-EAST", "USD", List.of(
					new OutboundPurchaseOrder.Line("1", "SKU-1", "ABC-1", new BigDecimal("100"), "EA",
							new BigDecimal("12.50"), LocalDate.of(2026, 2, 15)),
					new OutboundPurchaseOrder.Line("2", "SKU-2", null, new BigDecimal("5.0"), "CA", null,
							LocalDate.of(2026, 2, 20))));

	private final X12MessageWriter writer = new X12MessageWriter();

	@Test
	void writesAPurchaseOrderThatStaediReadsWithoutErrors() {
		var message = writer.purchaseOrder(ORDER, ADDRESSING);
		String text = new String(message.content(), StandardCharsets.UTF_8);

		assertThat(message.fileName()).isEqualTo("850-PO-1001-000000042.x12");
		assertThat(message.contentType()).isEqualTo("application/edi-x12");
		assertThat(StaediCheck.of(message.content()).errors).isEmpty();
		assertThat(text.indexOf('~')).isEqualTo(105);
		assertThat(text).startsWith("ISA*00*          *00*          *ZZ*DISTHUB        *ZZ*SUPPLIER       "
				+ "*260127*1808*U*00401*000000042*0*P*>~");
		assertThat(text.split("~")).containsExactly(text.substring(0, 105),
				"GS*PO*DISTHUBAPP*SUPPLIERAPP*20260127*1808*7*X*004010", "ST*850*0001",
				"BEG*00*SA*PO-1001**20260127", "CUR*BY*USD", "N1*ST**92*WH-EAST",
				"PO1*1*100*EA*12.5**VP*ABC-1*BP*SKU-1", "DTM*002*20260215", "PO1*2*5*CA***BP*SKU-2",
				"DTM*002*20260220", "CTT*2*105", "SE*10*0001", "GE*1*7", "IEA*1*000000042");
	}

	@Test
	void sendsARevisionAsAChange() {
		var revised = new OutboundPurchaseOrder("acme", "PO-1001", 2, ORDER.orderDate(), ORDER.shipTo(), null,
				ORDER.lines());

		String text = new String(writer.purchaseOrder(revised, ADDRESSING).content(), StandardCharsets.UTF_8);

		assertThat(text).contains("~BEG*04*SA*PO-1001**20260127~").doesNotContain("CUR*");
	}

	@Test
	void acknowledgesAnInterchangeWithErrorsSegmentBySegment() {
		String received = EdiFiles.x12Ack("""
				BAK*00*AC*PO-1001*20260120
				PO1*1*100*EA*12.5**VP*ABC-1
				ACK*DR*100*EA*067*20261331
				CTT*1
				""", """
				BAK*00*AC*PO-1002*20260120
				PO1*1*100*EA*12.5**VP*ABC-1
				ACK*IA*100*EA
				CTT*1
				""");
		ReadResult read = new X12MessageReader().read(EdiFiles.bytes(received));

		var message = writer.functionalAcknowledgement(read.envelope(), read.groups(), ADDRESSING);
		String text = new String(message.content(), StandardCharsets.UTF_8);

		assertThat(message.fileName()).isEqualTo("997-000000042.x12");
		assertThat(StaediCheck.of(message.content()).errors).isEmpty();
		assertThat(text).contains("~GS*FA*DISTHUBAPP*SUPPLIERAPP*20260127*1808*7*X*004010~ST*997*0001~"
				+ "AK1*PR*41~AK2*855*0001~AK3*ACK*4**8~AK4*5*373*8*20261331~AK5*R*5~AK2*855*0002~AK5*A~"
				+ "AK9*P*2*2*1~SE*10*0001~GE*1*7~");
		ReadResult readBack = new X12MessageReader().read(message.content());
		assertThat(readBack.problems()).isEmpty();
		var ack = (ReceivedFunctionalAck) readBack.documents().get(0);
		assertThat(ack.groupStatus()).isEqualTo("P");
		assertThat(ack.transactions()).extracting(ReceivedFunctionalAck.TransactionResult::status)
			.containsExactly("R", "A");
	}

	@Test
	void acknowledgesEachGroupInATransactionSetOfItsOwn() {
		ReadResult read = new X12MessageReader().read(EdiFiles.sample("x12-810-850-staedi-dual.edi"));

		String text = new String(writer.functionalAcknowledgement(read.envelope(), read.groups(), ADDRESSING)
			.content(), StandardCharsets.UTF_8);

		assertThat(text).contains("~ST*997*0001~AK1*IN*1~AK2*810*000000001~AK5*A~AK2*810*000000002~AK5*A~"
				+ "AK9*A*2*2*2~SE*8*0001~")
			.contains("~ST*997*0002~AK1*PO*165~AK2*850*000191240~AK5*R*1~AK9*R*1*1*0~SE*6*0002~GE*2*7~");
	}

	@Test
	void acknowledgesTheMalformedSampleWithItsCountError() {
		ReadResult read = new X12MessageReader()
			.read(EdiFiles.sample("x12-850-gozer-newline-malformed-se-count.edi"));

		var message = writer.functionalAcknowledgement(read.envelope(), read.groups(), ADDRESSING);

		assertThat(StaediCheck.of(message.content()).errors).isEmpty();
		assertThat(new String(message.content(), StandardCharsets.UTF_8))
			.contains("~AK1*PO*1421~AK2*850*000000010~AK5*R*4*1~AK9*R*1*1*0~");
	}
}

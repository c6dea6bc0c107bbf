package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public sample files through the whole intake: the node-x12 855 (partner codes in ACK27-29, ISBNs as EAN
 * item ids, SCH dates, two lines rejected), an EDIFACT ORDRSP with a changed line and a backorder quantity, and the
 * malformed 850 sample, which a supplier must not send us and which is refused without a 500.
 */
@SpringBootTest
class PartnerSamplesIT {

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	JdbcClient jdbc;

	final String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	@Test
	void theNodeX12AcknowledgementSample() throws IOException {
		String supplier = "smp-" + unique.toLowerCase();
		String sender = "S" + unique;
		String po = "POT" + unique;
		supplier(supplier, List.of("X12"), "X12", "ZZ", sender, Map.of("AC", "ACCEPTED", "CW", "REJECTED", "KK", "REJECTED"));
		NodeX12Books.issueTheOrder(suppliers, purchaseOrders, supplier, po);
		String sample = NodeX12Books.acknowledgement(sender, po);

		MessageReceipt receipt = receive(supplier, Channel.X12, sample);

		assertThat(receipt.problems()).isEmpty();
		assertThat(receipt.status()).isEqualTo(MessageStatus.APPLIED);
		assertThat(receipt.functionalAckId()).isNotNull();
		assertThat(lineStates(supplier, po)).containsExactly(
				"1:[{\"quantity\":\"3\",\"date\":\"2004-12-31\"}]", "2:[]", "3:[]",
				"4:[{\"quantity\":\"2\",\"date\":\"2004-12-31\"}]");
	}

	@Test
	void anEdifactOrderResponse() {
		String supplier = "edf-" + unique.toLowerCase();
		String po = "PO-E" + unique;
		supplier(supplier, List.of("EDIFACT"), "EDIFACT", "14", "4012345000009" + unique.substring(0, 1), Map.of());
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "ABC-1", "SKU-1", "4000862141404", "PCE", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "ABC-2", "SKU-2", "4000862141411", "PCE", "EA", "1"), "test"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 1, 20), "DC-1", "EUR",
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-1", new BigDecimal(100), "EA", null,
						LocalDate.of(2026, 2, 1)),
						new IssuePurchaseOrderCommand.Line("2", "SKU-2", new BigDecimal(5), "EA", null,
								LocalDate.of(2026, 2, 1)))));
		String ordrsp = """
				UNA:+.? '
				UNB+UNOC:3+%s:14+5412345000013:14+260127:1808+77%s'
				UNH+1+ORDRSP:D:96A:UN'
				BGM+231+RSP-9+4+AC'
				DTM+137:202601271808:203'
				RFF+ON:%s'
				LIN+1+3+4000862141404:EN'
				QTY+21:100:PCE'
				QTY+113:60:PCE'
				QTY+83:40:PCE'
				DTM+67:20260215:102'
				LIN+2+7+4000862141411:EN'
				QTY+21:5:PCE'
				UNS+S'
				UNT+13+1'
				UNZ+1+77%s'
				""".formatted("4012345000009" + unique.substring(0, 1), unique, po, unique);

		MessageReceipt receipt = receive(supplier, Channel.EDIFACT, ordrsp);

		assertThat(receipt.problems()).isEmpty();
		assertThat(receipt.status()).as(receipt.toString()).isEqualTo(MessageStatus.APPLIED);
		assertThat(lineStates(supplier, po)).containsExactly(
				"1:[{\"quantity\":\"60\",\"date\":\"2026-02-15\"},{\"quantity\":\"40\",\"date\":null}]",
				"2:[]");
	}

	@Test
	void theMalformedSampleIsRefusedWithItsProblemsAndKept() throws IOException {
		String supplier = "bad-" + unique.toLowerCase();
		supplier(supplier, List.of("X12"), "X12", "ZZ", "B" + unique, Map.of());
		MessageReceipt receipt = receive(supplier, Channel.X12, sample("samples/edi/x12-850-gozer-newline-malformed-se-count.edi"));
		assertThat(receipt.status()).isIn(MessageStatus.REFUSED, MessageStatus.PARTIAL);
		assertThat(receipt.problems()).isNotEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE id = ?").param(receipt.trackingId())
			.query(Long.class).single()).isEqualTo(1);
	}

	void supplier(String id, List<String> channels, String poChannel, String qualifier, String ediId,
			Map<String, String> codes) {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(id, new SupplierProfileData(id, "Sample " + id, channels,
				poChannel, new SupplierProfileData.EdiIdentityData(qualifier, ediId, ediId), null, "48h", "CANCEL",
				codes, true), "test", "samples"));
	}

	MessageReceipt receive(String supplier, Channel channel, String content) {
		return intake.receive(new ReceiveMessageCommand(supplier, channel, "API", null, null,
				content.getBytes(StandardCharsets.UTF_8), null));
	}

	List<String> lineStates(String supplier, String po) {
		return jdbc.sql("SELECT line_number, state FROM purchase_order_line WHERE supplier_id = ? AND po_number = ? ORDER BY position")
			.params(supplier, po)
			.query((rs, row) -> rs.getString(1) + ":" + rs.getString(2).replaceAll(".*\"schedule\":(\\[[^]]*]).*", "$1"))
			.list();
	}

	static String sample(String path) throws IOException {
		try (InputStream in = PartnerSamplesIT.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}

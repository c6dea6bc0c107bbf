package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.api.FindOverdueAcknowledgements;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.events.AcknowledgementOverdue;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderIssued;
import org.distributionhub.supplier.events.ShipNoticeReceived;
import org.distributionhub.supplier.exchange.ports.in.DeliverPartnerOutbox;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.distributionhub.supplier.procurement.ports.in.ReportOverdueAcknowledgements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The procure-to-acknowledge scenario across modules: a purchase order is issued and goes out as an X12 850 into the
 * supplier's outbox folder; the supplier's 997 marks it received; its 855 cuts one line (IQ) and moves the other
 * (DR): one {@code PurchaseOrderAcknowledged}, and the Inventory module moves the expected inbound. A ship notice
 * follows; an order nobody acknowledges is reported overdue once.
 */
@SpringBootTest
@EnableScenarios
class ProcureToAcknowledgeScenarioIT {

	static final LocalDate REQUESTED = LocalDate.of(2026, 12, 10);

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	DeliverPartnerOutbox outbox;

	@Autowired
	FindPartnerMessages messages;

	@Autowired
	FindOverdueAcknowledgements overdueList;

	@Autowired
	ReportOverdueAcknowledgements overdue;

	@Autowired
	JdbcClient jdbc;

	@Value("${hub.supplier.partner-folders}")
	Path partnerFolders;

	final String supplier = "sc-" + UUID.randomUUID().toString().substring(0, 8);
	final String ediId = supplier.toUpperCase().replace("-", "");
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void anX12Supplier() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Scenario supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "scenario"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-1", "SKU-1", null, "EA", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-2", "SKU-2", null, "EA", "EA", "1"), "test"));
	}

	void issue(String poNumber) {
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, poNumber, 0, LocalDate.of(2026, 11, 27), "DC-1",
				null, List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-1", new BigDecimal(100), "EA", null, REQUESTED),
						new IssuePurchaseOrderCommand.Line("2", "SKU-2", new BigDecimal(40), "EA", null, REQUESTED))));
	}

	String receive(String x12) {
		var receipt = intake.receive(new ReceiveMessageCommand(supplier, Channel.X12, "API", "application/edi-x12", null,
				x12.getBytes(StandardCharsets.UTF_8), null));
		return receipt.status().name();
	}

	@Test
	void aPurchaseOrderGoesOutAsAn850AndItsAcknowledgementMovesExpectedInbound(Scenario scenario) throws IOException {
		scenario.stimulate(() -> issue(po))
			.andWaitForEventOfType(PurchaseOrderIssued.class)
			.matching(event -> event.poNumber().equals(po))
			.toArriveAndVerify(event -> assertThat(event.lines()).hasSize(2));

		outbox.deliverDue();
		String x850 = fileIn("outbox", "850-" + po);
		assertThat(x850).startsWith("ISA*").contains("ST*850*0001").contains("BEG*00*").contains(po)
			.contains("VP*VP-1").contains("BP*SKU-1");
		Matcher group = Pattern.compile("GS\\*PO\\*[^*]*\\*[^*]*\\*[^*]*\\*[^*]*\\*(\\d+)\\*").matcher(x850);
		assertThat(group.find()).isTrue();

		assertThat(receive(X12Builder.from(ediId).control(501).set("FA", "997")
			.segment("AK1*PO*" + group.group(1))
			.segment("AK2*850*0001")
			.segment("AK5*A")
			.segment("AK9*A*1*1*1")
			.build())).isEqualTo("APPLIED");
		assertThat(jdbc.sql("SELECT functional_ack_status FROM purchase_order WHERE supplier_id = ? AND po_number = ?")
			.params(supplier, po).query(String.class).single()).isEqualTo("A");

		java.util.function.IntFunction<String> x855 = control -> X12Builder.from(ediId).control(control)
			.segment("BAK*00*AC*" + po + "*20261127*****20261127")
			.segment("PO1*1*100*EA***VP*VP-1")
			.segment("ACK*IQ*60*EA*068*20261210")
			.segment("PO1*2*40*EA***VP*VP-2")
			.segment("ACK*DR*40*EA*068*20261224")
			.build();
		scenario.stimulate(() -> receive(x855.apply(502)))
			.andWaitForEventOfType(PurchaseOrderAcknowledged.class)
			.matching(event -> event.poNumber().equals(po))
			.toArriveAndVerify(event -> {
				var cut = event.lines().get(0);
				assertThat(cut.outcomes()).containsExactly(LineOutcome.QUANTITY_CHANGED);
				assertThat(cut.oldQuantity()).isEqualTo(ea(100));
				assertThat(cut.newQuantity()).isEqualTo(ea(60));
				var moved = event.lines().get(1);
				assertThat(moved.outcomes()).containsExactly(LineOutcome.DATE_CHANGED);
				assertThat(moved.newDate()).isEqualTo(LocalDate.of(2026, 12, 24));
			});

		// The same acknowledgement in a new interchange: answered, nothing changes; inventory holds the moved dates.
		scenario.stimulate(() -> receive(x855.apply(503)))
			.andWaitForStateChange(() -> expectedInbound("2"), rows -> rows.contains("40@2026-12-24"))
			.andVerify(rows -> assertThat(expectedInbound("1")).containsExactly("60@2026-12-10"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE supplier_id = ? AND status = 'NO_CHANGE'")
			.param(supplier).query(Long.class).single()).isEqualTo(1);

		outbox.deliverDue();
		assertThat(fileIn("outbox", "997-")).contains("AK1*PR*502").contains("AK5*A");
	}

	@Test
	void aShipNoticeIsPublishedOnceAndAnUnacknowledgedOrderIsReportedOverdueOnce(Scenario scenario) {
		issue(po);
		java.util.function.IntFunction<String> x856 = control -> X12Builder.from(ediId).control(control)
			.set("SH", "856")
			.segment("BSN*00*SHIP-" + po + "*20261205*1200*0001")
			.segment("HL*1**S")
			.segment("DTM*011*20261205")
			.segment("DTM*017*20261209")
			.segment("HL*2*1*O")
			.segment("PRF*" + po)
			.segment("HL*3*2*I")
			.segment("LIN*1*VP*VP-1")
			.segment("SN1**30*EA")
			.segment("CTT*3")
			.build();
		scenario.stimulate(() -> receive(x856.apply(601)))
			.andWaitForEventOfType(ShipNoticeReceived.class)
			.matching(event -> event.shipmentId().equals("SHIP-" + po))
			.toArriveAndVerify(event -> assertThat(event.lines().get(0).quantity()).isEqualTo(ea(30)));
		assertThat(receive(x856.apply(602))).isEqualTo("DUPLICATE");

		jdbc.sql("UPDATE purchase_order SET ack_due_at = ack_due_at - INTERVAL '3' DAY WHERE supplier_id = ? AND po_number = ?")
			.params(supplier, po).update();
		scenario.stimulate(() -> overdue.reportDue())
			.andWaitForEventOfType(AcknowledgementOverdue.class)
			.matching(event -> event.poNumber().equals(po))
			.toArrive();
		assertThat(overdueList.overdue(1000)).anySatisfy(view -> {
			assertThat(view.poNumber()).isEqualTo(po);
			assertThat(view.reported()).isTrue();
		});
		assertThat(overdue.reportDue()).isZero();
	}

	List<String> expectedInbound(String line) {
		return jdbc.sql("""
				SELECT e.quantity, e.delivery_date FROM expected_inbound_entry e
				WHERE e.supplier_id = ? AND e.po_number = ? AND e.line_number = ? AND e.kind = 'PLANNED'
				ORDER BY e.delivery_date""")
			.params(supplier, po, line)
			.query((rs, row) -> rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + "@" + rs.getString(2))
			.list();
	}

	String fileIn(String folder, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(partnerFolders.resolve(supplier).resolve(folder))) {
			List<Path> found = files.filter(path -> path.getFileName().toString().startsWith(prefix)).sorted().toList();
			assertThat(found).as("files starting with " + prefix).isNotEmpty();
			StringBuilder all = new StringBuilder();
			for (Path file : found) {
				all.append(Files.readString(file));
			}
			return all.toString();
		}
	}

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

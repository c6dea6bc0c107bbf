package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.shared.Sku;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.domain.Delivery;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An aerospace-style 855 over the partner API: one PO1 with a price change in CTP, a new date, a confirmed
 * quantity and a substitute (purpose 11, response), a rejected line and a line split over two dates. What the
 * purchase order, expected inbound and the recorded ERP posting then say.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AcknowledgementLoopIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final LocalDate REQUESTED = LocalDate.of(2026, 12, 10);
	static final LocalDate NEW_DATE = LocalDate.of(2027, 1, 15);

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	PurchaseOrders orders;

	@Autowired
	JdbcClient jdbc;

	final String supplier = "aero-" + UUID.randomUUID().toString().substring(0, 8);
	final String ediId = supplier.toUpperCase().replace("-", "");
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
	final String sku = "NAS1149-" + UUID.randomUUID().toString().substring(0, 6);
	String apiKey;

	@BeforeEach
	void anAerospaceSupplierAndAnOrder() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Aerospace supplier " + supplier, List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "set up for a test"));
		item("P-0815", sku);
		item("P-0816", sku + "A");
		item("P-0900", sku + "B");
		item("P-0901", sku + "C");
		apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-EAST",
				"USD", List.of(
						new IssuePurchaseOrderCommand.Line("1", sku, new BigDecimal("25"), "EA", new BigDecimal("410.00"),
								REQUESTED),
						new IssuePurchaseOrderCommand.Line("2", sku + "B", new BigDecimal("40"), "EA", null, REQUESTED),
						new IssuePurchaseOrderCommand.Line("3", sku + "C", new BigDecimal("100"), "EA", null,
								REQUESTED))));
	}

	void item(String part, String ourSku) {
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, part, ourSku, null, "EA", "EA", "1"), "test"));
	}

	@Test
	void aResponseWithPriceDateQuantityAndSubstituteOnOneLineSetsTheConfirmedQuantityDateAndSubstitute()
			throws Exception {
		String ack = X12Builder.from(ediId).control(811)
			.segment("BAK*11*AC*" + po + "*20261127*****20261128")
			.segment("PO1*1*25*EA*410**VP*P-0815")
			.segment("CTP**CON*395.5")
			.segment("ACK*IP")
			.segment("ACK*DR***068*20270115")
			.segment("ACK*IQ*20")
			.segment("ACK*IS" + "*".repeat(24) + "VP*P-0816")
			.segment("PO1*2*40*EA***VP*P-0900")
			.segment("ACK*R2")
			.segment("PO1*3*100*EA***VP*P-0901")
			.segment("ACK*IA*100*EA")
			.segment("SCH*60*EA***068*20261215")
			.segment("SCH*40*EA***068*20270105")
			.build();

		var response = post(ack);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(JSON.readTree(response.body()).get("status").asString()).as(response.body()).isEqualTo("APPLIED");

		var order = orders.find(new PurchaseOrderId(supplier, po)).orElseThrow();
		PurchaseOrderLine first = order.line("1").orElseThrow();
		assertThat(first.state().schedule()).containsExactly(new Delivery(ea(20), NEW_DATE));
		assertThat(first.state().substitute()).isEqualTo(new Sku(sku + "A"));
		assertThat(first.state().unitPrice().amount()).isEqualByComparingTo("395.5");
		assertThat(order.line("2").orElseThrow().state().rejected()).isEqualTo(ea(40));
		assertThat(order.line("3").orElseThrow().state().schedule()).containsExactly(
				new Delivery(ea(60), LocalDate.of(2026, 12, 15)), new Delivery(ea(40), LocalDate.of(2027, 1, 5)));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(expectedSku("1")).isEqualTo(sku + "A");
			assertThat(expectedInbound("1")).containsExactly("20@2027-01-15");
			assertThat(expectedInbound("2")).isEmpty();
			assertThat(expectedInbound("3")).containsExactly("60@2026-12-15", "40@2027-01-05");
			assertThat(postings()).hasSize(1);
		});

		JsonNode lines = JSON.readTree(postings().get(0)).get("lines");
		assertThat(lines.valueStream().map(line -> line.get("lineNumber").asString() + " " + line.get("sku").asString()
				+ " " + text(line, "substitute") + " " + line.get("quantity").decimalValue().stripTrailingZeros()
					.toPlainString() + "@" + text(line, "date") + " " + text(line, "unitPrice")).toList())
			.containsExactly("1 " + sku + " " + sku + "A 20@2027-01-15 395.5",
					"2 " + sku + "B - 0@- -",
					"3 " + sku + "C - 60@2026-12-15 -", "3 " + sku + "C - 40@2027-01-05 -");
		assertThat(lines.get(0).get("outcomes").valueStream().map(JsonNode::asString).toList())
			.containsExactly("DATE_CHANGED", "PRICE_CHANGED", "QUANTITY_CHANGED", "SUBSTITUTED");
		assertThat(lines.get(1).get("outcomes").valueStream().map(JsonNode::asString).toList())
			.containsExactly("REJECTED");
	}

	@Test
	void aPurposeThatCannotBeAppliedIsRefusedWithAReasonNamingIt() throws Exception {
		String ack = X12Builder.from(ediId).control(812)
			.segment("BAK*13*AC*" + po + "*20261127*****20261128")
			.segment("PO1*1*25*EA*410**VP*P-0815")
			.segment("ACK*IA*25*EA")
			.build();

		var answer = post(ack);
		var problem = JSON.readTree(answer.body());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(problem.get("errors").get(0).get("message").asString())
			.contains("BAK01 purpose code '13' (request)").contains("11 response");
	}

	static String text(JsonNode line, String field) {
		JsonNode value = line.get(field);
		if (value == null || value.isNull()) {
			return "-";
		}
		return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asString();
	}

	static org.distributionhub.shared.Quantity ea(long amount) {
		return org.distributionhub.shared.Quantity.of(amount, org.distributionhub.shared.UnitOfMeasure.EACH);
	}

	String expectedSku(String line) {
		return jdbc.sql("SELECT sku FROM expected_inbound_line WHERE supplier_id = ? AND po_number = ? AND line_number = ?")
			.params(supplier, po, line).query(String.class).single();
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

	List<String> postings() {
		return jdbc.sql("SELECT payload FROM erp_posting WHERE posting_type = 'PO_ACKNOWLEDGEMENT_UPDATE' AND payload LIKE ?")
			.params("%\"" + po + "\"%").query(String.class).list();
	}

	HttpResponse<String> post(String body) throws Exception {
		return new PartnerApi(port, supplier, apiKey).post("/edi", "application/edi-x12", body);
	}
}

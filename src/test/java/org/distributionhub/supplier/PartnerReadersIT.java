package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What suppliers really send, posted over HTTP with a real API key: an EANCOM order response in ISO-8859-1 whose
 * changed line carries its new quantity in QTY+21, a book-trade despatch advice with an untyped ISBN, an 856 with
 * tare and pack levels and the PO on each item, and an unknown item parked with what was tried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerReadersIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	FindPartnerMessages messages;

	@Autowired
	JdbcClient jdbc;

	final String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	final String supplier = "rd-" + unique.toLowerCase();
	final String ediId = "RD" + unique;
	final String po = "PO-R" + unique;
	String apiKey;

	void aSupplierWith(String poChannel, String qualifier) {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Reader test " + supplier, List.of("X12", "EDIFACT"), poChannel,
						new SupplierProfileData.EdiIdentityData(qualifier, ediId, ediId), null, "48h", "CANCEL",
						Map.of(), true),
				"test", "set up for a test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "ABC-1", "SKU-A", "4000862141404", "PCE", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "BK-7", "SKU-BOOK", "9780306406157", "EA", "EA", "1"), "test"));
		apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}

	void anOrder(String number, String... skus) {
		List<IssuePurchaseOrderCommand.Line> lines = new java.util.ArrayList<>();
		for (int i = 0; i < skus.length; i++) {
			lines.add(new IssuePurchaseOrderCommand.Line(String.valueOf(i + 1), skus[i], new BigDecimal("100"), "EA",
					null, LocalDate.of(2026, 12, 10)));
		}
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, number, 0, LocalDate.of(2026, 11, 27), "DC-1",
				"EUR", lines));
	}

	@Test
	void aChangedEancomLineAppliesItsNewQuantityAndLatin1TextShowsAsSent() throws Exception {
		aSupplierWith("EDIFACT", "14");
		anOrder(po, "SKU-A", "SKU-BOOK");
		String ordrsp = """
				UNA:+.? '
				UNB+UNOC:3+%s:14+5412345000013:14+261127:1200+%s'
				UNH+1+ORDRSP:D:96A:UN:EAN008'
				BGM+231+RSP-%s+4'
				DTM+137:202611271200:203'
				RFF+ON:%s'
				NAD+SU+%s::9++Müller & Söhne Großhandel'
				LIN+1+3+4000862141404:SRV'
				QTY+21:80:PCE'
				DTM+69:20261215:102'
				FTX+AAI+++Teillieferung, Größe ausverkauft'
				LIN+2+5+9780306406157:IB'
				QTY+21:100'
				UNS+S'
				UNT+13+1'
				UNZ+1+%s'
				""".formatted(ediId, unique, unique, po, ediId, unique);
		byte[] latin1 = ordrsp.getBytes(StandardCharsets.ISO_8859_1);

		var response = post("application/edifact", latin1);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		JsonNode receipt = JSON.readTree(response.body());
		assertThat(receipt.get("status").asString()).as(response.body()).isEqualTo("APPLIED");
		assertThat(lineStates(po)).containsExactly("1:[{\"quantity\":\"80\",\"date\":\"2026-12-15\"}]",
				"2:[{\"quantity\":\"100\",\"date\":\"2026-12-10\"}]");
		assertThat(acknowledgedEvents(po)).contains("Teillieferung, Größe ausverkauft");
		var stored = messages.content(UUID.fromString(receipt.get("trackingId").asString())).orElseThrow();
		assertThat(stored.content()).isEqualTo(latin1);
		assertThat(stored.text()).isEqualTo(ordrsp).contains("Müller & Söhne Großhandel");
	}

	@Test
	void anUnknownItemIsParkedSayingWhatWasTried() throws Exception {
		aSupplierWith("EDIFACT", "14");
		anOrder(po, "SKU-A");
		String ordrsp = """
				UNB+UNOC:3+%s:14+5412345000013:14+261127:1200+%s'
				UNH+1+ORDRSP:D:96A:UN'
				BGM+231+RSP-%s+4'
				RFF+ON:%s'
				LIN+1+5+4000000000017:SRV'
				PIA+1+XYZ-9:SA+Ärmel-3'
				QTY+21:100:PCE'
				UNS+S'
				UNT+8+1'
				UNZ+1+%s'
				""".formatted(ediId, unique, unique, po, unique);

		var response = post("application/edifact", ordrsp.getBytes(StandardCharsets.ISO_8859_1));

		JsonNode receipt = JSON.readTree(response.body());
		assertThat(receipt.get("status").asString()).as(response.body()).isEqualTo("PARKED");
		assertThat(receipt.get("documents").get(0).get("explanation").asString()).isEqualTo("line 1: tried EN "
				+ "4000000000017 as GTIN, VP XYZ-9 as supplier part, Ärmel-3 as supplier part, GTIN and buyer part: "
				+ "not in the cross-reference of supplier " + supplier);
	}

	@Test
	void aDespatchAdviceWithAnUntypedIsbnIsApplied() throws Exception {
		aSupplierWith("EDIFACT", "14");
		anOrder(po, "SKU-A", "SKU-BOOK");
		String desadv = """
				UNB+UNOC:3+%s:14+5412345000013:14+261201:0800+%s'
				UNH+7+DESADV:D:96A:UN:EAN005'
				BGM+351+DES-%s+9'
				DTM+11:20261201:102'
				RFF+ON:%s'
				CPS+1'
				CPS+2+1'
				PAC+1+:52+PX'
				PCI+33E'
				GIN+BJ+340123450000000017'
				CPS+3+2'
				PAC+1+:51+CT'
				LIN+1'
				PIA+5+9780306406157'
				QTY+12:6'
				UNT+15+7'
				UNZ+1+%s'
				""".formatted(ediId, unique, unique, po, unique);

		var response = post("application/edifact", desadv.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(JSON.readTree(response.body()).get("status").asString()).as(response.body()).isEqualTo("APPLIED");
		assertThat(shipNoticeEvents("DES-" + unique)).contains("SKU-BOOK").contains(po);
	}

	@Test
	void anX12ShipNoticeWithTareAndPackLevelsAndThePoOnEachItemIsApplied() throws Exception {
		aSupplierWith("X12", "ZZ");
		String other = po + "B";
		anOrder(po, "SKU-A");
		anOrder(other, "SKU-BOOK");
		String x856 = X12Builder.from(ediId).control(Integer.parseInt(unique.replaceAll("[^0-9]", "1").substring(0, 6)))
			.set("SH", "856")
			.segment("BSN*00*SHP-" + unique + "*20261201*0800*0001")
			.segment("HL*1**S")
			.segment("DTM*011*20261201")
			.segment("HL*2*1*O")
			.segment("HL*3*2*T")
			.segment("MAN*GM*00012345600000003011")
			.segment("HL*4*3*P")
			.segment("MAN*GM*00012345600000003028")
			.segment("HL*5*4*I")
			.segment("LIN*1*PO*" + po + "*VP*ABC-1")
			.segment("SN1**6*PCE")
			.segment("HL*6*4*I")
			.segment("LIN*1*ON*" + other + "*IB*0306406152")
			.segment("SN1**3*EA")
			.segment("CTT*6")
			.build();

		var response = post("application/edi-x12", x856.getBytes(StandardCharsets.US_ASCII));

		assertThat(response.statusCode()).isEqualTo(202);
		JsonNode receipt = JSON.readTree(response.body());
		assertThat(receipt.get("status").asString()).as(response.body()).isEqualTo("APPLIED");
		assertThat(receipt.get("documents").get(0).get("explanation").asString()).contains(po + ", " + other);
		assertThat(shipNoticeEvents("SHP-" + unique)).contains("SKU-A").contains("SKU-BOOK");
		var api = new PartnerApi(port, supplier, apiKey);
		var outbox = JSON.readTree(api.get("/outbox").body());
		String ackId = outbox.valueStream().filter(entry -> entry.get("kind").asString().equals("FUNCTIONAL_ACK"))
			.findFirst().orElseThrow().get("id").asString();
		String ninetySeven = api.get("/outbox/" + ackId).body();
		assertThat(ninetySeven).contains("AK2*856*0001").contains("AK5*A");
	}

	List<String> lineStates(String number) {
		return jdbc.sql("SELECT line_number, state FROM purchase_order_line WHERE supplier_id = ? AND po_number = ? ORDER BY position")
			.params(supplier, number)
			.query((rs, row) -> rs.getString(1) + ":" + rs.getString(2).replaceAll(".*\"schedule\":(\\[[^]]*]).*", "$1"))
			.list();
	}

	String acknowledgedEvents(String number) {
		return events("%PurchaseOrderAcknowledged", number);
	}

	String shipNoticeEvents(String shipment) {
		return events("%ShipNoticeReceived", shipment);
	}

	String events(String type, String containing) {
		return String.join("\n", jdbc.sql("""
				SELECT serialized_event FROM event_publication WHERE event_type LIKE ? AND serialized_event LIKE ?
				UNION ALL
				SELECT serialized_event FROM event_publication_archive WHERE event_type LIKE ? AND serialized_event LIKE ?""")
			.params(type, "%" + containing + "%", type, "%" + containing + "%")
			.query(String.class)
			.list());
	}

	HttpResponse<String> post(String contentType, byte[] body) throws Exception {
		return new PartnerApi(port, supplier, apiKey).post("/edi", contentType, body, null);
	}
}

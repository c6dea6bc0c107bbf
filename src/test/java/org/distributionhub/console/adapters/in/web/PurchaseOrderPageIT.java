package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.inventory.api.FindPurchaseOrderInbound;
import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A purchase order's page after its supplier acknowledged it by X12: the header with its value, each line with what
 * the supplier said, the 855 with what it changed, the inbound the warehouse now expects per date, and the ERP
 * posting of the acknowledgement; and the links to it from the overdue, parked and partner message pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PurchaseOrderPageIT {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	FindPostings postings;

	@Autowired
	FindPurchaseOrderInbound inbound;

	final String supplier = "pop-" + UUID.randomUUID().toString().substring(0, 8);
	final String ediId = supplier.toUpperCase().replace("-", "");
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
	final String sku = "POP-" + UUID.randomUUID().toString().substring(0, 6);

	@Test
	void thePageShowsTheOrderItsLinesTheAcknowledgementTheExpectedInboundAndThePosting() throws Exception {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier, new SupplierProfileData(supplier, "PO page",
				List.of("X12"), "X12", new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h",
				"CANCEL", Map.of(), true), "test", "console"));
		item("P-1", sku + "-1");
		item("P-2", sku + "-2");
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-EAST",
				"USD", List.of(
						new IssuePurchaseOrderCommand.Line("1", sku + "-1", new BigDecimal("10"), "EA",
								new BigDecimal("12.50"), LocalDate.of(2026, 12, 10)),
						new IssuePurchaseOrderCommand.Line("2", sku + "-2", new BigDecimal("4"), "EA",
								new BigDecimal("3.25"), LocalDate.of(2026, 12, 10)))));
		String x12 = X12Builder.from(ediId).control(21)
			.segment("BAK*00*AC*" + po + "*20261127*****20261128")
			.segment("PO1*1*10*EA***VP*P-1")
			.segment("ACK*IA*10*EA")
			.segment("SCH*6*EA***068*20261215")
			.segment("SCH*4*EA***068*20270105")
			.segment("PO1*2*4*EA***VP*P-2")
			.segment("ACK*R2")
			.build();
		var receipt = intake.receive(new ReceivePartnerMessage.ReceiveMessageCommand(supplier, Channel.X12, "FILE",
				null, "ack-21.x12", x12.getBytes(StandardCharsets.UTF_8), null));
		assertThat(receipt.status()).as(receipt.summary()).isEqualTo(MessageStatus.APPLIED);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(postings.forPurchaseOrder(po)).hasSize(1);
			assertThat(inbound.purchaseOrderInbound(supplier, po)).hasSize(2)
				.allMatch(line -> line.acknowledged());
		});

		Document page = page("/console/purchase-orders/{s}/{po}", supplier, po);
		assertThat(page.select("h1").text()).isEqualTo("Purchase order " + po + " ACKNOWLEDGED");
		assertThat(page.select("#po-value").text()).startsWith("138 USD");
		assertThat(rows(page, "#lines")).containsExactly(
				"1 " + sku + "-1 10 EA 12.5 2026-12-10 YES ACCEPTED 6 EA on 2026-12-15 4 EA on 2027-01-05 0 0",
				"2 " + sku + "-2 4 EA 3.25 2026-12-10 YES REJECTED 4 0 invalid product number");
		assertThat(rows(page, "#acknowledgements")).singleElement().asString()
			.contains("X12", receipt.trackingId().toString().substring(0, 8), "ACKNOWLEDGEMENT", "APPLIED");
		assertThat(page.select("#acknowledgements time").attr("datetime")).endsWith("Z");
		assertThat(page.select("#acknowledgements time").attr("title")).endsWith(" UTC");
		assertThat(rows(page, "#inbound")).containsExactly(
				"1 " + sku + "-1 DC-EAST 2026-12-15 6 EA 0 EA",
				"1 " + sku + "-1 DC-EAST 2027-01-05 4 EA 0 EA",
				"2 " + sku + "-2 DC-EAST nothing more expected");
		assertThat(rows(page, "#postings")).as("the posting, its status and attempts as the dispatcher left them")
			.singleElement().asString()
			.matches("1 PO_ACKNOWLEDGEMENT_UPDATE (PENDING|IN_FLIGHT|SENT) \\d+ .* UTC .*");

		String messagesCsv = csv("/console/partner-messages.csv?supplier=" + supplier);
		assertThat(messagesCsv.split("\r\n")).hasSize(2);
		assertThat(messagesCsv).contains(receipt.trackingId() + ",", ",X12,FILE,ack-21.x12,", ",APPLIED,false,");
		assertThat(csv("/console/suppliers.csv")).contains("\r\n" + supplier + ",PO page,true,X12,X12,ZZ:" + ediId
				+ ",2,0\r\n");

		Document message = page("/console/partner-messages/{id}", receipt.trackingId());
		assertThat(message.select("a[href=/console/purchase-orders/" + supplier + "/" + po + "]")).hasSize(1);
	}

	@Test
	void anUnknownPurchaseOrderIsNotFound() throws Exception {
		mvc.perform(get("/console/purchase-orders/{s}/{po}", supplier, "PO-NONE").with(AUDITOR))
			.andExpect(status().isNotFound());
	}

	private void item(String part, String ourSku) {
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, part, ourSku, null, "EA", "EA", "1"), "test"));
	}

	private Document page(String path, Object... variables) throws Exception {
		String html = mvc.perform(get(path, variables).with(AUDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private String csv(String path) throws Exception {
		return mvc.perform(get(path).with(AUDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> rows(Document page, String section) {
		return page.select(section + " tbody tr").eachText();
	}
}

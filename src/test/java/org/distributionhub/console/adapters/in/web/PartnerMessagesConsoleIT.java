package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's partner pages over a real parked X12 acknowledgement: the message with its raw content and the 997
 * sent, the parked document, its replay (a reason is required, auditors may not, the audit trail keeps it).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerMessagesConsoleIT {

	private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
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
	FindPartnerMessages messages;

	@Autowired
	AdminAudit audit;

	final String supplier = "con-" + UUID.randomUUID().toString().substring(0, 8);
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
	MessageReceipt receipt;

	@BeforeEach
	void aParkedAcknowledgement() {
		String ediId = supplier.toUpperCase().replace("-", "");
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier, new SupplierProfileData(supplier, "Console",
				List.of("X12"), "X12", new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h",
				"CANCEL", Map.of(), true), "test", "console"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-1", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-C", new BigDecimal(10), "EA", null,
						LocalDate.of(2026, 12, 10)))));
		String x12 = X12Builder.from(ediId).control(11)
			.segment("BAK*00*AC*" + po + "*20261127*****20261127")
			.segment("PO1*1*10*EA***VP*VP-UNKNOWN")
			.segment("ACK*IA*10*EA")
			.build();
		receipt = intake.receive(new ReceivePartnerMessage.ReceiveMessageCommand(supplier, Channel.X12, "FILE", null,
				"ack-11.x12", x12.getBytes(StandardCharsets.UTF_8), null));
		assertThat(receipt.status()).isEqualTo(MessageStatus.PARKED);
	}

	@Test
	void aMessageShowsItsRawContentWhatBecameOfItAndThe997Sent() throws Exception {
		mvc.perform(get("/console/partner-messages").param("supplier", supplier).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ack-11.x12"), containsString("PARKED"))));
		mvc.perform(get("/console/partner-messages/{id}", receipt.trackingId()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("BAK*00*AC*" + po), containsString("VP VP-UNKNOWN"),
					containsString("AK5*A"))));
	}

	@Test
	void testTrafficIsMarkedAndFilteredAndAReusedControlNumberNeedsAPerson() throws Exception {
		String ediId = supplier.toUpperCase().replace("-", "");
		String test = X12Builder.from(ediId).control(12)
			.segment("BAK*00*AC*" + po + "*20261127*****20261127")
			.segment("PO1*1*10*EA***VP*VP-UNKNOWN")
			.segment("ACK*IA*10*EA")
			.build()
			.replace("*0*P*>", "*0*T*>");
		var testReceipt = intake.receive(new ReceivePartnerMessage.ReceiveMessageCommand(supplier, Channel.X12, "FILE",
				null, "test-12.x12", test.getBytes(StandardCharsets.UTF_8), null));
		assertThat(testReceipt.test()).isTrue();
		String reused = X12Builder.from(ediId).control(11)
			.segment("BAK*00*AC*" + po + "*20261127*****20261128")
			.segment("PO1*1*10*EA***VP*VP-OTHER")
			.segment("ACK*IA*10*EA")
			.build();
		var refused = intake.receive(new ReceivePartnerMessage.ReceiveMessageCommand(supplier, Channel.X12, "FILE",
				null, "ack-11-again.x12", reused.getBytes(StandardCharsets.UTF_8), null));
		assertThat(refused.status()).isEqualTo(MessageStatus.REFUSED);

		mvc.perform(get("/console/partner-messages").param("supplier", supplier).param("traffic", "test").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("test-12.x12"), containsString("badge test"),
					not(containsString("ack-11.x12")))));
		mvc.perform(get("/console/partner-messages").param("supplier", supplier).param("traffic", "live").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ack-11.x12"), not(containsString("test-12.x12")))));
		mvc.perform(get("/console/partner-messages/{id}", testReceipt.trackingId()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("TEST"), containsString("nothing was changed"))));
		mvc.perform(get("/console/partner-messages/{id}", refused.trackingId()).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Needs a person"), containsString("000000011"),
					containsString(receipt.trackingId().toString()), containsString("*R*025~"))));
	}

	@Test
	void aReplayNeedsAReasonAndAnOperatorAndIsAudited() throws Exception {
		UUID parked = messages.parked(supplier, true, 10).get(0).id();
		mvc.perform(get("/console/parked").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(po), not(containsString("reason-" + parked)))));
		mvc.perform(post("/console/parked/{id}/replay", parked).param("reason", "try").with(AUDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/parked/{id}/replay", parked).param("reason", " ").with(OPERATOR).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("needs a reason")));

		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-UNKNOWN", "SKU-C", null, "EA", "EA", "1"), "test"));
		mvc.perform(post("/console/parked/{id}/replay", parked).param("reason", "mapping added").with(OPERATOR)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", containsString("APPLIED")));
		assertThat(audit.find(0, 50).items()).anySatisfy(entry -> {
			assertThat(entry.target()).isEqualTo(parked.toString());
			assertThat(entry.reason()).isEqualTo("mapping added");
		});
		mvc.perform(get("/console/overdue").with(AUDITOR)).andExpect(status().isOk());
	}
}

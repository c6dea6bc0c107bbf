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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.distributionhub.console.jobs.ErpRefusals;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ERP postings page over a real ledger and the file ERP: the ERP's health, the backlog, a posting the ERP refused
 * with its reason, and operators' retry, park and cancel with a reason that the audit trail keeps; auditors only look.
 */
@SpringBootTest(properties = "hub.erp.dispatch.enabled=false")
@AutoConfigureMockMvc
class ErpPostingsIT {

	private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	FindPostings postings;

	@Autowired
	AdminAudit audit;

	@Autowired
	JdbcClient jdbc;

	private final String orderId = UUID.randomUUID().toString().substring(0, 8);

	private final String key = "SO:" + orderId;

	@Test
	void everyRoleSeesHealthBacklogAndTheRefusalButOnlyOperatorsGetTheActions() throws Exception {
		var refused = refusedByTheErp();

		mvc.perform(get("/console/erp").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("File ERP (outbox"), containsString("CLOSED"),
					containsString(key + " #1"), containsString("The payload is not JSON"),
					containsString("ERP postings</a>"), not(containsString("inline-action")),
					not(containsString("Check the ERP now")))));
		mvc.perform(get("/console/erp").with(OPERATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("inline-action"),
					containsString("/console/erp/postings/" + refused.id() + "/retry"))));
	}

	@Test
	void anOperatorRetriesARefusedPostingWithAReasonAndTheAuditTrailSaysWhoAndWhy() throws Exception {
		var refused = refusedByTheErp();
		String reason = "customer fixed the VAT id, " + key;

		mvc.perform(post("/console/erp/postings/{id}/retry", refused.id()).param("reason", reason).with(OPERATOR)
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/erp"))
			.andExpect(flash().attribute("notice", "Posting " + key + " #1 is now PENDING."));

		assertThat(postings.find(refused.id()).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(audit.find(0, 50).items()).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("operator");
			assertThat(entry.action()).isEqualTo("erp-posting.retry");
			assertThat(entry.reason()).isEqualTo(reason);
			assertThat(entry.target()).contains(key + " #1");
		});
	}

	@Test
	void anOperatorParksAndCancelsAPostingFoundByItsBusinessKey() throws Exception {
		var waiting = recordShipment();

		mvc.perform(get("/console/erp").param("key", key).with(OPERATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Postings of " + key), containsString("PENDING"),
					containsString("/console/erp/postings/" + waiting.id() + "/park"))));
		mvc.perform(post("/console/erp/postings/{id}/park", waiting.id()).param("reason", "checking the price")
			.param("key", key).with(OPERATOR).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/erp?key=" + key));
		mvc.perform(post("/console/erp/postings/{id}/park", waiting.id()).param("reason", "again").with(OPERATOR)
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Cannot park posting " + waiting.id())));
		mvc.perform(post("/console/erp/postings/{id}/cancel", waiting.id()).param("reason", "entered by hand")
			.with(OPERATOR).with(csrf()))
			.andExpect(status().isFound());

		var cancelled = postings.find(waiting.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo("CANCELLED");
		assertThat(cancelled.lastError()).isEqualTo("Cancelled by an operator: entered by hand");
	}

	@Test
	void anActionWithoutAReasonIsA400AndAnAuditorsActionIsForbidden() throws Exception {
		var refused = refusedByTheErp();

		mvc.perform(post("/console/erp/postings/{id}/retry", refused.id()).param("reason", "  ").with(OPERATOR)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An operator action needs an actor and a reason")));
		mvc.perform(post("/console/erp/postings/{id}/cancel", refused.id()).param("reason", "auditor tries")
			.with(AUDITOR).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(postings.find(refused.id()).orElseThrow().status()).isEqualTo("PARKED");
		assertThat(audit.find(0, 50).items()).noneMatch(entry -> entry.reason().equals("auditor tries"));
	}

	private PostingView refusedByTheErp() {
		return new ErpRefusals(record, dispatch, postings, jdbc).parked(orderId);
	}

	private PostingView recordShipment() {
		return new ErpRefusals(record, dispatch, postings, jdbc).recorded(orderId);
	}
}

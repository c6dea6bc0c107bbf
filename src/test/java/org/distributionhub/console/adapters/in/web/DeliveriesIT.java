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

import org.distributionhub.console.Probes;
import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Viewing and resubmitting a real dead-lettered delivery, and who may not. */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveriesIT {

	private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdminAudit audit;

	Probes probes;
	String marker;
	UUID deadLetter;

	@BeforeEach
	void deadLetterAProbe() {
		probes = new Probes(sender, jdbc);
		marker = "dead-" + UUID.randomUUID();
		deadLetter = probes.deadLettered(marker);
	}

	@Test
	void everyRoleSeesTheDeliveryWithItsAttemptsButOnlyOperatorsGetTheResubmitForm() throws Exception {
		mvc.perform(get("/console/deliveries/{id}", deadLetter).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("DEAD_LETTERED"), containsString(marker),
					containsString("Probe " + marker + " refused on invocation 4"), not(containsString("resubmit-one")))));
		mvc.perform(get("/console/deliveries/{id}", deadLetter).with(OPERATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("resubmit-one")));
		mvc.perform(get("/console/deliveries").param("status", "DEAD_LETTERED").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("resubmit-filtered"))));
	}

	@Test
	void anAuditorsResubmitIsForbiddenAndChangesNothing() throws Exception {
		mvc.perform(post("/console/deliveries/{id}/resubmit", deadLetter).param("reason", "auditor tries")
			.with(AUDITOR)
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/console/jobs").param("kind", "DELIVERY_RESUBMIT").param("reason", "auditor tries all")
			.with(AUDITOR)
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(probes.isDeadLettered(deadLetter)).isTrue();
		assertThat(probes.auditEntriesNaming(deadLetter)).isZero();
		assertThat(audit.find(0, 20).items()).noneMatch(entry -> entry.reason().startsWith("auditor tries"));
	}

	@Test
	void aResubmitWithoutAReasonIsA400AndChangesNothing() throws Exception {
		mvc.perform(post("/console/deliveries/{id}/resubmit", deadLetter).param("reason", "   ").with(OPERATOR)
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("A resubmission needs a reason"), containsString(marker))));
		mvc.perform(post("/console/deliveries/{id}/resubmit", deadLetter).with(OPERATOR).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/console/jobs").param("kind", "DELIVERY_RESUBMIT").param("status", "DEAD_LETTERED")
			.param("reason", "")
			.with(OPERATOR)
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/deliveries"))
			.andExpect(flash().attribute("error", "A bulk job needs a reason for the audit trail"));

		assertThat(probes.isDeadLettered(deadLetter)).isTrue();
		assertThat(probes.auditEntriesNaming(deadLetter)).isZero();
	}

	@Test
	void anOperatorResubmitsWithAReasonAndTheAuditTrailSaysWhoAndWhy() throws Exception {
		String reason = "Receiver fixed, " + marker;

		mvc.perform(post("/console/deliveries/{id}/resubmit", deadLetter).param("reason", reason).with(OPERATOR)
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/deliveries"))
			.andExpect(flash().attribute("notice", "Resubmitted 1 delivery."));

		var entry = audit.find(0, 50).items().stream().filter(e -> e.reason().equals(reason)).findFirst().orElseThrow();
		assertThat(entry.actor()).isEqualTo("operator");
		assertThat(entry.action()).isEqualTo("RESUBMIT_DELIVERIES");
		assertThat(entry.target()).contains(deadLetter.toString());
		assertThat(entry.outcome()).isEqualTo("1 resubmitted, 0 no longer failed");
		mvc.perform(get("/console/audit").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(reason), containsString("operator"))));
		mvc.perform(get("/console/audit").header("HX-Request", "true").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(reason), not(containsString("<html")))));
	}

	@Test
	void anUnknownDeliveryIsA404() throws Exception {
		mvc.perform(get("/console/deliveries/{id}", UUID.randomUUID()).with(AUDITOR)).andExpect(status().isNotFound());
	}
}

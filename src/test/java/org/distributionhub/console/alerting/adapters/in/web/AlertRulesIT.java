package org.distributionhub.console.alerting.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every staff role reads the alert rules; only an ADMIN edits, adds and resets them, each change in the audit trail. */
@SpringBootTest
@AutoConfigureMockMvc
class AlertRulesIT {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAudit audit;

	@Test
	void anAuditorReadsTheRulesButNeitherEditsThemInTheConsoleNorThroughTheApi() throws Exception {
		mvc.perform(get("/console/alerts/rules").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dead-letters"), containsString("erp-backlog-age"),
					containsString("CONFIGURED"), not(containsString("rule-form")))));
		mvc.perform(post("/console/alerts/rules").param("id", "dead-letters").param("name", "Off")
			.param("kinds", "DELIVERY_DEAD_LETTERED").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/operations/alerts/rules/dead-letters").with(httpBasic("operator", "operator-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Off\",\"kinds\":[\"DELIVERY_DEAD_LETTERED\"],\"enabled\":false}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/operations/alerts/rules").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'dead-letters')].origin").value("CONFIGURED"));
		mvc.perform(get("/api/v1/operations/alerts").param("status", "everything")
			.with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAdminAddsARuleInTheConsoleChangesItThroughTheApiAndResetsIt() throws Exception {
		String id = "parked-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/console/alerts/rules").param("id", id).param("name", "Parked documents piling up")
			.param("kinds", "DOCUMENT_PARKED").param("minCount", "5").param("minAge", "1h").param("enabled", "true")
			.with(ADMIN).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/alerts/rules"));
		mvc.perform(get("/console/alerts/rules").with(ADMIN))
			.andExpect(content().string(allOf(containsString(id), containsString("Parked documents piling up"),
					containsString("PT1H"), containsString("rule-form"))));

		mvc.perform(post("/console/alerts/rules").param("id", id).param("name", "x").param("minAge", "soon")
			.param("kinds", "DOCUMENT_PARKED").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The minimum age is a duration")));

		mvc.perform(put("/api/v1/operations/alerts/rules/" + id).with(httpBasic("admin", "admin-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Parked\",\"kinds\":[\"DOCUMENT_PARKED\"],\"minCount\":\"2\",\"minAge\":\"30m\",\"enabled\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.origin").value("ADDED"))
			.andExpect(jsonPath("$.minCount").value(2))
			.andExpect(jsonPath("$.updatedBy").value("admin"));
		mvc.perform(put("/api/v1/operations/alerts/rules/" + id).with(httpBasic("admin", "admin-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Parked\",\"kinds\":[],\"enabled\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("at least one incident kind")))
			.andExpect(jsonPath("$.errors[0].path").value("$.kinds"));

		mvc.perform(delete("/api/v1/operations/alerts/rules/" + id).with(httpBasic("admin", "admin-secret-for-tests")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/console/alerts/rules").with(ADMIN)).andExpect(content().string(not(containsString(id))));

		var actions = audit.find(0, 50).items().stream().filter(entry -> entry.target().equals("alert rule " + id))
			.map(entry -> entry.action() + " by " + entry.actor()).toList();
		assertThat(actions).containsExactly("RESET_ALERT_RULE by admin", "EDIT_ALERT_RULE by admin",
				"EDIT_ALERT_RULE by admin");
	}
}

package org.distributionhub.platform.adapters.in.health;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What a load balancer and an orchestrator ask: readiness with the database and the listeners, liveness alone. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthProbesIT {

	@Autowired
	MockMvc mvc;

	@Test
	void readinessIsTheReadinessStateTheDatabaseAndTheEventListeners() throws Exception {
		mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.validationQuery").value("isValid()"))
			.andExpect(jsonPath("$.components.eventListeners.status").value("UP"))
			.andExpect(jsonPath("$.components.eventListeners.details.threads").value(8))
			.andExpect(jsonPath("$.components.backlog").doesNotExist());
	}

	@Test
	void livenessIsTheLivenessStateOnlySoAnOutageRestartsNothing() throws Exception {
		mvc.perform(get("/actuator/health/liveness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.livenessState.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist())
			.andExpect(jsonPath("$.components.eventListeners").doesNotExist());
	}

	@Test
	void readinessAnswersAnyoneWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}
}

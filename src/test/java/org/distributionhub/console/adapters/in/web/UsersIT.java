package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An admin adds a console user on the Users page; the new user signs in with the given role. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersIT {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAudit audit;

	@Autowired
	JdbcClient jdbc;

	private final String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forgetTheUser() {
		jdbc.sql("DELETE FROM console_user WHERE username = ?").param(name).update();
	}

	@Test
	void anAdminAddsAnOperatorWhoCanSignInAndTheAuditTrailSaysSo() throws Exception {
		mvc.perform(post("/console/users").param("username", name.toUpperCase()).param("role", "OPERATOR")
			.param("password", "clerk-password-1").with(ADMIN).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/users"))
			.andExpect(flash().attribute("notice", "Added console user '" + name + "' with role OPERATOR."));

		mvc.perform(get("/console").with(httpBasic(name, "clerk-password-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("OPERATOR")));
		assertThat(audit.find(0, 20).items()).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.action()).isEqualTo("CREATE_CONSOLE_USER");
			assertThat(entry.target()).isEqualTo("console user " + name);
			assertThat(entry.outcome()).isEqualTo("created with role OPERATOR");
		});
	}

	@Test
	void aTakenNameAShortPasswordOrAnUnknownRoleIsA400WithTheReason() throws Exception {
		mvc.perform(post("/console/users").param("username", "auditor").param("role", "AUDITOR")
			.param("password", "long-enough-password").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A console user named &#39;auditor&#39; exists already")));
		mvc.perform(post("/console/users").param("username", name).param("role", "AUDITOR")
			.param("password", "short").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("A console password has at least 12 characters"),
					containsString("value=\"" + name + "\""))));
		mvc.perform(post("/console/users").param("username", name).param("role", "ROOT")
			.param("password", "long-enough-password").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a role: ADMIN, OPERATOR or AUDITOR")));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM console_user WHERE username = ?").param(name).query(Long.class)
			.single()).isZero();
	}
}

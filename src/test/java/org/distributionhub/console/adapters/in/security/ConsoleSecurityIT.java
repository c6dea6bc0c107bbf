package org.distributionhub.console.adapters.in.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.in.ManageConsoleUsers.CreateConsoleUserCommand;
import org.distributionhub.platform.api.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-in, throttling, CSRF, and which chain answers which path, through the real filter chains. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleSecurityIT {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final String clientAddress = "10.1.0." + ADDRESSES.incrementAndGet();

	@Autowired
	MockMvc mvc;

	@Autowired
	ManageConsoleUsers users;

	@Autowired
	JdbcClient jdbc;

	private String createdUser;

	@AfterEach
	void forgetTheUserThisTestCreated() {
		if (createdUser != null) {
			jdbc.sql("DELETE FROM console_user WHERE username = ?").param(createdUser).update();
		}
	}

	@Test
	void aPageAsksAnUnknownVisitorToSignIn() throws Exception {
		mvc.perform(get("/console/events")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aJsonClientWithoutSignInGets401AndHtmxIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/console/deliveries").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/console/events").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	@Test
	void pathsTheConsoleDoesNotOwnAreDeniedEvenToASignedInUser() throws Exception {
		mvc.perform(get("/api/orders")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/orders").with(httpBasic("admin", "admin-secret-for-tests")))
			.andExpect(status().isUnauthorized());
		var signedIn = (MockHttpSession) mvc.perform(signIn("admin", "admin-secret-for-tests").with(fromAddress()))
			.andExpect(redirectedUrl("/console"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/api/orders").session(signedIn)).andExpect(status().isUnauthorized());
		mvc.perform(get("/somewhere-else").session(signedIn)).andExpect(status().isUnauthorized());
	}

	@Test
	void theStaffApiTakesConsoleUsersOverHttpBasicWithoutSessionOrCsrfToken() throws Exception {
		mvc.perform(get("/api/v1/purchase-orders").with(fromAddress()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/purchase-orders").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		var operator = mvc.perform(post("/api/v1/purchase-orders").contentType(MediaType.APPLICATION_JSON).content("{}")
			.with(httpBasic("operator", "operator-secret-for-tests")))
			.andReturn()
			.getResponse();
		assertThat(operator.getStatus()).as("past security without a CSRF token").isNotIn(401, 403);
		assertThat(operator.getHeader("Set-Cookie")).isNull();
		mvc.perform(get("/api/v1/admin/suppliers").with(httpBasic("operator", "operator-secret-for-tests")))
			.andExpect(status().isForbidden());
		var signedIn = (MockHttpSession) mvc.perform(signIn("admin", "admin-secret-for-tests").with(fromAddress()))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/api/v1/admin/suppliers").session(signedIn)).andExpect(status().isUnauthorized());
	}

	@Test
	void healthAndInfoAreOpenWhileMetricsNeedASignInAndTheRestAnAdmin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Distribution Hub\""));
		mvc.perform(get("/actuator/prometheus").with(fromAddress()).with(httpBasic("auditor", "wrong-password")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_")));
		mvc.perform(get("/actuator/modulith").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/modulith").with(httpBasic("admin", "admin-secret-for-tests")))
			.andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordShowsAMessageAndSignsNobodyIn() throws Exception {
		var result = mvc.perform(signIn("admin", "not-the-password").with(fromAddress()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();

		assertThat(securityContextIn(result)).isNull();
		mvc.perform(get("/login?error"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wrong username or password")));
	}

	@Test
	void theRightPasswordOpensTheConsole() throws Exception {
		var result = mvc.perform(signIn("Admin ", "admin-secret-for-tests").with(fromAddress()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console"))
			.andReturn();

		assertThat(securityContextIn(result)).isNotNull();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		mvc.perform(get("/console").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dashboard")));
	}

	@Test
	void repeatedFailuresLockTheUsernameEvenAgainstTheRightPassword() throws Exception {
		String name = "locked-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(new CreateConsoleUserCommand(name, StaffRole.AUDITOR, "right-password-123", "admin"));
		createdUser = name;

		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(signIn(name, "wrong-" + attempt).with(fromAddress())).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(name, "wrong-5").with(fromAddress())).andExpect(redirectedUrl("/login?locked=15"));
		var refused = mvc.perform(signIn(name, "right-password-123").with(fromAddress()))
			.andExpect(redirectedUrl("/login?locked=15"))
			.andReturn();

		assertThat(securityContextIn(refused)).isNull();
		mvc.perform(get("/login?locked=15"))
			.andExpect(content().string(
				containsString("Too many failed sign-ins; try again in 15 minutes")));
		mvc.perform(get("/console").with(fromAddress()).with(httpBasic(name, "right-password-123")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "admin-secret-for-tests"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/deliveries/" + UUID.randomUUID() + "/resubmit").param("reason", "no token")
			.with(user("operator").roles("OPERATOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/console/users").param("username", "sneaky").param("role", "ADMIN")
			.param("password", "sneaky-password-1").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAnAdminManagesUsers() throws Exception {
		mvc.perform(get("/console/users").with(user("operator").roles("OPERATOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("auditor")));
	}

	@Test
	void theStaticResourcesAreServedWithoutSignIn() throws Exception {
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/css/console.css")).andExpect(status().isOk());
		mvc.perform(get("/js/console.js")).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	/** Each test fails from its own client address, so the per-address throttle of one never locks another. */
	private RequestPostProcessor fromAddress() {
		return request -> {
			request.setRemoteAddr(clientAddress);
			return request;
		};
	}

	private static Object securityContextIn(MvcResult result) {
		var session = result.getRequest().getSession(false);
		return session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
	}
}

package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.in.ManageConsoleUsers.CreateConsoleUserCommand;
import org.distributionhub.platform.api.AuditFilter;
import org.distributionhub.platform.api.FindAuditEntries;
import org.distributionhub.platform.api.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Users and sign-in through the real filter chains and database: an own password change, a reset password that must
 * be changed before anything else (the staff API answers a 403 problem meanwhile), a disabled user signed out at the
 * next request, a locked user unlocked, the refusals that keep an ADMIN, and each of these in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountsIT {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ManageConsoleUsers users;

	@Autowired
	FindAuditEntries audit;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String clientAddress = "10.2.0." + ADDRESSES.incrementAndGet();
	private final List<String> created = new ArrayList<>();

	@AfterEach
	void forgetTheUsers() {
		created.forEach(name -> jdbc.sql("DELETE FROM console_user WHERE username = ?").param(name).update());
	}

	@Test
	void aSignedInAdminChangesTheirPasswordGivingTheCurrentOne() throws Exception {
		String boss = user("boss", StaffRole.ADMIN);
		var session = signedIn(boss, password(boss));

		mvc.perform(get("/console/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Current password"), not(containsString("must-change")))));
		mvc.perform(change(session, "not-my-password", "Sturdy new passphrase 7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The current password is wrong")));
		mvc.perform(change(session, password(boss), "aaaaaaaaaaaaaaa"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must not repeat one character or group")));
		mvc.perform(change(session, password(boss), "qwertyuiop123"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("on a list of common passwords")));
		mvc.perform(change(session, password(boss), boss.toUpperCase()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must not be the username")));
		mvc.perform(change(session, password(boss), "Sturdy new passphrase 7"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/account/password"))
			.andExpect(flash().attribute("notice", "Your password was changed."));

		mvc.perform(signIn(boss, password(boss))).andExpect(redirectedUrl("/login?error"));
		mvc.perform(signIn(boss, "Sturdy new passphrase 7")).andExpect(redirectedUrl("/console"));
		assertThat(trail(boss)).contains(boss + " CHANGE_CONSOLE_PASSWORD: password changed");
	}

	@Test
	void aResetPasswordMustBeChangedBeforeAnyPageOrTheStaffApi() throws Exception {
		String boss = user("boss", StaffRole.ADMIN);
		String clerk = user("clerk", StaffRole.OPERATOR);
		var admin = signedIn(boss, password(boss));

		var reset = mvc.perform(post("/console/users/{u}/reset", clerk).session(admin).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/users"))
			.andReturn();
		String oneTime = (String) reset.getFlashMap().get("oneTimePassword");
		assertThat(oneTime).hasSize(24);
		mvc.perform(get("/console/users").session(admin)).andExpect(content().string(containsString(oneTime)));
		mvc.perform(get("/console/users").session(admin)).andExpect(content().string(not(containsString(oneTime))));

		mvc.perform(signIn(clerk, password(clerk))).andExpect(redirectedUrl("/login?error"));
		var session = signedIn(clerk, oneTime);
		mvc.perform(get("/console/events").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/account/password"));
		mvc.perform(get("/console/events").session(session).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/console/account/password"));
		mvc.perform(get("/console/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must-change")));
		mvc.perform(get("/api/v1/purchase-orders").with(httpBasic(clerk, oneTime)).with(fromAddress()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Password change required"))
			.andExpect(jsonPath("$.detail").value(containsString("must be changed first")));

		mvc.perform(change(session, oneTime, "Clerk's own passphrase 3")).andExpect(status().isFound());

		mvc.perform(get("/console/events").session(session)).andExpect(status().isOk());
		var api = mvc.perform(get("/api/v1/purchase-orders").with(httpBasic(clerk, "Clerk's own passphrase 3"))
			.with(fromAddress())).andReturn().getResponse();
		assertThat(api.getStatus()).isNotIn(401, 403);
		assertThat(trail(clerk)).contains(
				boss + " RESET_CONSOLE_PASSWORD: password reset to a one-time password, to be changed at next sign-in",
				clerk + " CHANGE_CONSOLE_PASSWORD: password changed (the one-time password is no longer valid)");
	}

	@Test
	void aDisabledOperatorIsSignedOutAtTheNextRequestAndCannotSignInUntilEnabled() throws Exception {
		String boss = user("boss", StaffRole.ADMIN);
		String operator = user("op", StaffRole.OPERATOR);
		var admin = signedIn(boss, password(boss));
		var session = signedIn(operator, password(operator));
		mvc.perform(get("/console/events").session(session)).andExpect(status().isOk());

		mvc.perform(post("/console/users/{u}/disable", operator).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/console/users"))
			.andExpect(flash().attribute("notice", "Disabled '" + operator + "': they can no longer sign in."));

		mvc.perform(get("/console/events").session(session)).andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(signIn(operator, password(operator))).andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(signIn(operator, "a-wrong-password")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?disabled")).andExpect(content().string(containsString("This user is disabled")));
		mvc.perform(get("/api/v1/purchase-orders").with(httpBasic(operator, password(operator))).with(fromAddress()))
			.andExpect(status().isUnauthorized());

		mvc.perform(post("/console/users/{u}/enable", operator).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/console/users"));
		mvc.perform(signIn(operator, password(operator))).andExpect(redirectedUrl("/console"));
		assertThat(trail(operator)).contains(boss + " DISABLE_CONSOLE_USER: disabled: can no longer sign in",
				"sign-in from " + clientAddress + " CONSOLE_SIGN_IN_FAILED: refused: disabled",
				boss + " ENABLE_CONSOLE_USER: enabled: may sign in again");
	}

	@Test
	void aLockedUserIsUnlockedByAnAdminAndTheLockIsWrittenDown() throws Exception {
		String boss = user("boss", StaffRole.ADMIN);
		String locked = user("locked", StaffRole.AUDITOR);
		double lockouts = count("hub.console.lockouts", "scope", "username");
		double failures = count("hub.console.sign-in.failures", "reason", "wrong_password");
		for (int i = 1; i <= 5; i++) {
			mvc.perform(signIn(locked, "guess-number-" + i));
		}
		mvc.perform(signIn(locked, password(locked))).andExpect(redirectedUrl("/login?locked=15"));
		var admin = signedIn(boss, password(boss));
		mvc.perform(get("/console/users").session(admin))
			.andExpect(content().string(containsString("LOCKED until")));

		mvc.perform(post("/console/users/{u}/unlock", locked).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/console/users"))
			.andExpect(flash().attribute("notice", "Unlocked '" + locked + "': they may sign in again."));

		mvc.perform(signIn(locked, password(locked))).andExpect(redirectedUrl("/console"));
		assertThat(count("hub.console.lockouts", "scope", "username")).isEqualTo(lockouts + 1);
		assertThat(count("hub.console.sign-in.failures", "reason", "wrong_password")).isEqualTo(failures + 5);
		assertThat(trail(locked)).contains(
				"sign-in from " + clientAddress + " CONSOLE_SIGN_IN_FAILED: refused: wrong password",
				"sign-in from " + clientAddress + " CONSOLE_SIGN_IN_LOCKED: locked for 15 min",
				boss + " UNLOCK_CONSOLE_USER: unlocked: failed sign-ins forgotten");
	}

	@Test
	void anAdminCannotDisableOrDemoteThemselvesAndARoleChangeReachesAnOpenSession() throws Exception {
		String boss = user("boss", StaffRole.ADMIN);
		String clerk = user("clerk", StaffRole.AUDITOR);
		var admin = signedIn(boss, password(boss));
		var session = signedIn(clerk, password(clerk));
		mvc.perform(post("/console/deliveries/resubmit").session(session).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/console/users/{u}/disable", boss).session(admin).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You cannot disable yourself; ask another ADMIN")));
		mvc.perform(post("/console/users/{u}/role", boss).param("role", "AUDITOR").session(admin).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You cannot change your own role")));
		mvc.perform(post("/console/users/{u}/role", clerk).param("role", "OPERATOR").session(admin).with(csrf()))
			.andExpect(flash().attribute("notice", "'" + clerk + "' now has role OPERATOR."));

		mvc.perform(get("/console").session(session))
			.andExpect(content().string(containsString("<span class=\"role\">OPERATOR</span>")));
		String page = mvc.perform(get("/console/users").session(admin)).andReturn().getResponse()
			.getContentAsString();
		String form = page.substring(page.indexOf("id=\"new-role\""));
		assertThat(form.substring(0, form.indexOf("</select>"))).as("a new user's role is the least one unless chosen")
			.contains("<option value=\"AUDITOR\" selected=\"selected\">AUDITOR")
			.doesNotContain("<option value=\"ADMIN\" selected");
		assertThat(trail(clerk)).contains(boss + " CHANGE_CONSOLE_USER_ROLE: role changed from AUDITOR to OPERATOR");
	}

	private String user(String prefix, StaffRole role) {
		String name = prefix + "-" + run;
		users.create(new CreateConsoleUserCommand(name, role, password(name), "test"));
		created.add(name);
		return name;
	}

	private static String password(String username) {
		return "Pass phrase of " + username;
	}

	private MockHttpSession signedIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(signIn(username, password))
			.andExpect(redirectedUrl("/console"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf())
			.with(fromAddress());
	}

	private static MockHttpServletRequestBuilder change(MockHttpSession session, String current, String next) {
		return post("/console/account/password").param("currentPassword", current).param("newPassword", next)
			.param("repeatPassword", next).session(session).with(csrf());
	}

	/** Each test signs in from its own client address, so the per-address throttle of one never locks another. */
	private RequestPostProcessor fromAddress() {
		return request -> {
			request.setRemoteAddr(clientAddress);
			return request;
		};
	}

	private List<String> trail(String username) {
		return audit.find(new AuditFilter(null, null, null, null, "console user " + username), 0, 100).items().stream()
			.map(entry -> entry.actor() + " " + entry.action() + ": " + entry.outcome())
			.toList();
	}

	private double count(String name, String tag, String value) {
		var counter = meters.find(name).tag(tag, value).counter();
		return counter == null ? 0 : counter.count();
	}
}

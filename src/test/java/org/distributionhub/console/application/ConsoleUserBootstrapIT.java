package org.distributionhub.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.distributionhub.console.application.ConsoleProperties.Admin;
import org.distributionhub.console.application.ConsoleProperties.Login;
import org.distributionhub.console.application.ConsoleProperties.SeedUser;
import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.SignIn;
import org.distributionhub.console.ports.in.SignIn.Accepted;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.distributionhub.platform.api.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of a hub against a real database whose console has no user yet; the generated admin signs in over
 * HTTP and is held on the change page until they choose a password. Each test empties console_user
 * inside its own transaction, which is rolled back, so the users other tests sign in with are untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class ConsoleUserBootstrapIT {

	/** The generated password is letters and digits; a JSON log escapes the line break after it. */
	private static final Pattern PRINTED_PASSWORD = Pattern.compile("Password: ([A-Za-z0-9]+)");

	@Autowired
	ConsoleUsers users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@BeforeEach
	void noUserYet() {
		jdbc.sql("DELETE FROM console_user").update();
	}

	@Test
	void withoutAConfiguredPasswordTheFirstStartPrintsAGeneratedOneOnceAndItSignsIn(CapturedOutput output) {
		var firstStart = bootstrap(new Admin("Root", null), List.of());

		firstStart.bootstrap();

		var printed = PRINTED_PASSWORD.matcher(output.getOut()).results().map(m -> m.group(1)).toList();
		assertThat(printed).hasSize(1);
		String password = printed.get(0);
		assertThat(password).hasSize(24);
		assertThat(output.getOut()).contains("Created console user 'root' with role ADMIN");
		assertThat(users.find("root")).get().extracting(ConsoleUser::role).isEqualTo(StaffRole.ADMIN);
		assertThat(users.find("root").orElseThrow().passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(signIn.signIn("root", password, "192.0.2.10"))
			.as("a generated password must be changed at the first sign-in")
			.isEqualTo(new Accepted("root", StaffRole.ADMIN, true));

		bootstrap(new Admin("Root", null), List.of()).bootstrap();

		assertThat(PRINTED_PASSWORD.matcher(output.getOut()).results()).hasSize(1);
		assertThat(users.findAll()).hasSize(1);
		assertThat(signIn.signIn("root", password, "192.0.2.10")).isInstanceOf(Accepted.class);
	}

	@Test
	void theGeneratedAdminIsHeldOnTheChangePageAtTheFirstSignInUntilTheyChooseAPassword(CapturedOutput output)
			throws Exception {
		bootstrap(new Admin("first", null), List.of()).bootstrap();
		var printed = PRINTED_PASSWORD.matcher(output.getOut()).results().map(m -> m.group(1)).toList();
		String generated = printed.get(printed.size() - 1);

		var session = (MockHttpSession) mvc.perform(post("/login").param("username", "first")
			.param("password", generated).with(csrf()))
			.andExpect(redirectedUrl("/console"))
			.andReturn().getRequest().getSession(false);
		mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/console/account/password"));
		mvc.perform(get("/console/users").session(session)).andExpect(redirectedUrl("/console/account/password"));
		mvc.perform(get("/api/v1/admin/suppliers").with(httpBasic("first", generated)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("must be changed first")));
		mvc.perform(post("/console/account/password").param("currentPassword", generated)
			.param("newPassword", "The first admin's own words").param("repeatPassword", "The first admin's own words")
			.session(session).with(csrf()))
			.andExpect(redirectedUrl("/console/account/password"));

		mvc.perform(get("/console/users").session(session)).andExpect(status().isOk());
		assertThat(users.find("first")).get().extracting(ConsoleUser::mustChangePassword).isEqualTo(false);
	}

	@Test
	void aConfiguredAdminAndSeedUsersAreCreatedOnceAndNeverChanged(CapturedOutput output) {
		String hashed = encoder.encode("pre-hashed-password");
		var seeds = List.of(new SeedUser("ops", StaffRole.OPERATOR, "ops-password-12"),
				new SeedUser("aud", StaffRole.AUDITOR, hashed));

		bootstrap(new Admin("chief", "chief-password-1"), seeds).bootstrap();
		bootstrap(new Admin("chief", "another-password-2"),
				List.of(new SeedUser("ops", StaffRole.ADMIN, "changed-password-3"))).bootstrap();

		assertThat(users.findAll()).extracting(ConsoleUser::username, ConsoleUser::role)
			.containsExactly(tuple("aud", StaffRole.AUDITOR),
					tuple("chief", StaffRole.ADMIN),
					tuple("ops", StaffRole.OPERATOR));
		assertThat(signIn.signIn("chief", "chief-password-1", "192.0.2.11")).isInstanceOf(Accepted.class);
		assertThat(signIn.signIn("ops", "ops-password-12", "192.0.2.11")).isInstanceOf(Accepted.class);
		assertThat(signIn.signIn("aud", "pre-hashed-password", "192.0.2.11")).isInstanceOf(Accepted.class);
		assertThat(output.getOut()).doesNotContain("Password: ");
		assertThat(signIn.signIn("chief", "chief-password-1", "192.0.2.11"))
			.as("a configured password needs no change").isEqualTo(new Accepted("chief", StaffRole.ADMIN, false));
	}

	@Test
	void aConfiguredPasswordTooShortStopsTheStartWithTheReason() {
		var start = bootstrap(new Admin("admin", "short"), List.of());

		assertThatIllegalStateException().isThrownBy(start::bootstrap)
			.withMessage("Cannot create console user 'admin' from hub.console.admin: "
					+ "A console password has at least 12 characters");
		assertThat(users.isEmpty()).isTrue();
	}

	@Test
	void aConfiguredCommonPasswordStopsTheStartWithTheReason() {
		var start = bootstrap(new Admin("admin", "password1234"), List.of());

		assertThatIllegalStateException().isThrownBy(start::bootstrap)
			.withMessageContaining("list of common passwords");
	}

	private ConsoleUserBootstrap bootstrap(Admin admin, List<SeedUser> seeds) {
		var properties = new ConsoleProperties(admin, seeds, new Login(5, 20, Duration.ofMinutes(15),
				Duration.ofMinutes(15)));
		return new ConsoleUserBootstrap(users, encoder, policy, properties, clock);
	}
}

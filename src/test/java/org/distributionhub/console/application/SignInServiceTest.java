package org.distributionhub.console.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.distributionhub.console.application.ConsoleProperties.Admin;
import org.distributionhub.console.application.ConsoleProperties.Login;
import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.SignIn.Accepted;
import org.distributionhub.console.ports.in.SignIn.Disabled;
import org.distributionhub.console.ports.in.SignIn.Rejected;
import org.distributionhub.console.ports.in.SignIn.Throttled;
import org.distributionhub.platform.api.StaffRole;
import org.distributionhub.shared.MovableClock;
import org.distributionhub.supplier.partners.application.RecordingAudit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

class SignInServiceTest {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
	private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
	private final SignInService signIn;
	private final CountingEncoder encoder;
	private final RecordingAudit audit = new RecordingAudit();
	private final CountingAccountMetrics metrics = new CountingAccountMetrics();

	SignInServiceTest() {
		// The production encoder's format, at bcrypt's lowest cost so the test stays quick.
		var encoder = new CountingEncoder(
				new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4))));
		this.encoder = encoder;
		var properties = new ConsoleProperties(new Admin("admin", null), List.of(),
				new Login(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)));
		signIn = new SignInService(users, encoder, new LoginThrottle(properties, clock), new VerifiedPasswords(clock),
				new AccountJournal(audit, metrics), properties);
		users.addIfAbsent(new ConsoleUser("olga", encoder.encode("olga-password-1"), StaffRole.OPERATOR,
				clock.instant(), "test"));
		users.addIfAbsent(new ConsoleUser("anna", encoder.encode("anna-password-1"), StaffRole.AUDITOR,
				clock.instant(), "test"));
	}

	@Test
	void theRightPasswordSignsInWithTheUsersRoleWhateverTheCaseOfTheName() {
		assertThat(signIn.signIn(" Olga", "olga-password-1", "10.0.0.1"))
			.isEqualTo(new Accepted("olga", StaffRole.OPERATOR, false));
	}

	@Test
	void aWrongPasswordAndAnUnknownNameAreRejectedAlike() {
		assertThat(signIn.signIn("olga", "guess", "10.0.0.1")).isInstanceOf(Rejected.class);
		assertThat(signIn.signIn("nobody", "guess", "10.0.0.1")).isInstanceOf(Rejected.class);
		assertThat(signIn.signIn("not a valid name!", "guess", "10.0.0.1")).isInstanceOf(Rejected.class);
	}

	@Test
	void theThirdFailureLocksTheNameEvenForTheRightPasswordUntilTheLockoutEnds() {
		signIn.signIn("olga", "guess-1", "10.0.0.1");
		signIn.signIn("olga", "guess-2", "10.0.0.2");

		assertThat(signIn.signIn("olga", "guess-3", "10.0.0.3")).isEqualTo(new Throttled(Duration.ofMinutes(10)));
		clock.advance(Duration.ofMinutes(4));
		var refused = signIn.signIn("olga", "olga-password-1", "10.0.0.4");
		assertThat(refused).isInstanceOf(Throttled.class);
		assertThat(((Throttled) refused).minutes()).isEqualTo(10);
		assertThat(signIn.signIn("anna", "anna-password-1", "10.0.0.5")).isInstanceOf(Accepted.class);

		clock.advance(Duration.ofMinutes(10));
		assertThat(signIn.signIn("olga", "olga-password-1", "10.0.0.4")).isInstanceOf(Accepted.class);
	}

	@Test
	void oneAddressTryingManyNamesIsLockedForEveryName() {
		for (int i = 1; i <= 5; i++) {
			signIn.signIn("user" + i, "guess", "192.0.2.7");
		}

		assertThat(signIn.signIn("anna", "anna-password-1", "192.0.2.7")).isInstanceOf(Throttled.class);
		assertThat(signIn.signIn("anna", "anna-password-1", "192.0.2.8")).isInstanceOf(Accepted.class);
	}

	@Test
	void aSuccessForgetsTheEarlierFailures() {
		signIn.signIn("olga", "guess-1", "10.0.0.1");
		signIn.signIn("olga", "guess-2", "10.0.0.1");
		signIn.signIn("olga", "olga-password-1", "10.0.0.1");

		assertThat(signIn.signIn("olga", "guess-3", "10.0.0.1")).isInstanceOf(Rejected.class);
		assertThat(signIn.signIn("olga", "guess-4", "10.0.0.1")).isInstanceOf(Rejected.class);
	}

	@Test
	void aSystemCallingWithTheSamePasswordIsCheckedAgainstTheSlowHashOncePerFewMinutes() {
		signIn.signIn("olga", "olga-password-1", "10.0.0.1");
		int checks = encoder.matches;

		for (int i = 0; i < 50; i++) {
			assertThat(signIn.signIn("olga", "olga-password-1", "10.0.0.1")).isInstanceOf(Accepted.class);
		}
		assertThat(encoder.matches).isEqualTo(checks);
		assertThat(signIn.signIn("olga", "olga-password-2", "10.0.0.1")).isInstanceOf(Rejected.class);

		clock.advance(VerifiedPasswords.KEEP_FOR.plusSeconds(1));
		assertThat(signIn.signIn("olga", "olga-password-1", "10.0.0.1")).isInstanceOf(Accepted.class);
		assertThat(encoder.matches).isEqualTo(checks + 2);
	}

	@Test
	void aChangedPasswordTakesEffectAtOnceForAPasswordRememberedAsChecked() {
		signIn.signIn("anna", "anna-password-1", "10.0.0.1");
		users.replace(new ConsoleUser("anna", encoder.encode("anna-password-2"), StaffRole.AUDITOR, clock.instant(),
				"test"));

		assertThat(signIn.signIn("anna", "anna-password-1", "10.0.0.1")).isInstanceOf(Rejected.class);
		assertThat(signIn.signIn("anna", "anna-password-2", "10.0.0.1")).isInstanceOf(Accepted.class);
	}

	@Test
	void everyRefusalAndTheLockItCausesAreWrittenDownWithoutNamingTheUserInTheCounters() {
		signIn.signIn("olga", "guess-1", "10.0.0.1");
		signIn.signIn("nobody", "guess-2", "10.0.0.1");
		signIn.signIn("olga", "guess-3", "10.0.0.1");
		signIn.signIn("olga", "guess-4", "10.0.0.2");
		signIn.signIn("olga", "olga-password-1", "10.0.0.3");

		assertThat(audit.lines()).containsExactly(
				"sign-in from 10.0.0.1 CONSOLE_SIGN_IN_FAILED console user olga: refused: wrong password",
				"sign-in from 10.0.0.1 CONSOLE_SIGN_IN_FAILED console user nobody: refused: unknown user",
				"sign-in from 10.0.0.1 CONSOLE_SIGN_IN_FAILED console user olga: refused: wrong password",
				"sign-in from 10.0.0.2 CONSOLE_SIGN_IN_FAILED console user olga: refused: wrong password",
				"sign-in from 10.0.0.2 CONSOLE_SIGN_IN_LOCKED console user olga: locked for 10 min");
		assertThat(metrics.counted).containsExactly("sign-in.failures:wrong_password",
				"sign-in.failures:unknown_user", "sign-in.failures:wrong_password", "sign-in.failures:wrong_password",
				"lockouts:username", "sign-in.failures:locked");
	}

	@Test
	void aDisabledUserIsToldSoOnlyWithTheRightPasswordAndAResetOneMustBeChanged() {
		var anna = users.find("anna").orElseThrow();
		users.replace(anna.withEnabled(false));

		assertThat(signIn.signIn("anna", "wrong-password", "10.0.0.1")).isInstanceOf(Rejected.class);
		assertThat(signIn.signIn("anna", "anna-password-1", "10.0.0.1")).isInstanceOf(Disabled.class);
		assertThat(audit.lines()).last().isEqualTo(
				"sign-in from 10.0.0.1 CONSOLE_SIGN_IN_FAILED console user anna: refused: disabled");

		users.replace(anna.withPassword(encoder.encode("one-time-Xy7pQ2"), true, clock.instant()));
		assertThat(signIn.signIn("anna", "one-time-Xy7pQ2", "10.0.0.1"))
			.isEqualTo(new Accepted("anna", StaffRole.AUDITOR, true));
	}

	/** The production encoder, counting how often a password is checked against a stored hash. */
	static final class CountingEncoder implements org.springframework.security.crypto.password.PasswordEncoder {

		private final org.springframework.security.crypto.password.PasswordEncoder delegate;
		int matches;

		CountingEncoder(org.springframework.security.crypto.password.PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			matches++;
			return delegate.matches(rawPassword, encodedPassword);
		}
	}
}

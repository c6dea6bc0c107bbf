package org.distributionhub.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.distributionhub.console.application.ConsoleProperties.Admin;
import org.distributionhub.console.application.ConsoleProperties.Login;
import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.ManageConsoleUsers.CreateConsoleUserCommand;
import org.distributionhub.console.ports.in.ManageConsoleUsers.UnknownConsoleUser;
import org.distributionhub.console.ports.in.ManageOwnAccount.ChangeOwnPasswordCommand;
import org.distributionhub.console.ports.in.SignIn.Accepted;
import org.distributionhub.console.ports.in.SignIn.Disabled;
import org.distributionhub.console.ports.in.SignIn.Throttled;
import org.distributionhub.platform.api.StaffRole;
import org.distributionhub.shared.MovableClock;
import org.distributionhub.supplier.partners.application.RecordingAudit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/** An admin's changes to users and a user's own password change, with the rules that keep the console usable. */
class ConsoleUserServiceTest {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
	private final InMemoryConsoleUsers users = new InMemoryConsoleUsers();
	private final RecordingAudit audit = new RecordingAudit();
	private final CountingAccountMetrics metrics = new CountingAccountMetrics();
	private final DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
			Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	private final LoginThrottle throttle;
	private final ConsoleUserService service;
	private final OwnAccountService own;
	private final SignInService signIn;

	ConsoleUserServiceTest() {
		var properties = new ConsoleProperties(new Admin("admin", null), List.of(),
				new Login(3, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)));
		var journal = new AccountJournal(audit, metrics);
		var policy = new PasswordPolicy(new CommonPasswords());
		throttle = new LoginThrottle(properties, clock);
		service = new ConsoleUserService(users, encoder, policy, throttle, journal, clock);
		signIn = new SignInService(users, encoder, throttle, new VerifiedPasswords(clock), journal, properties);
		own = new OwnAccountService(users, encoder, signIn, policy, journal, clock);
		add("root", StaffRole.ADMIN);
		add("olga", StaffRole.OPERATOR);
	}

	@Test
	void anAdminCannotDisableOrDemoteThemselvesNorRemoveTheLastEnabledAdmin() {
		assertThatIllegalStateException().isThrownBy(() -> service.setEnabled("root", "root", false))
			.withMessage("You cannot disable yourself; ask another ADMIN");
		assertThatIllegalStateException().isThrownBy(() -> service.changeRole("root", "root", StaffRole.AUDITOR))
			.withMessage("You cannot change your own role; ask another ADMIN");
		assertThatIllegalStateException().isThrownBy(() -> service.setEnabled("olga", "root", false))
			.withMessage("'root' is the last enabled ADMIN: make another user an ADMIN first");

		service.changeRole("root", "olga", StaffRole.ADMIN);
		service.setEnabled("olga", "root", false);

		assertThatIllegalStateException().isThrownBy(() -> service.changeRole("root", "olga", StaffRole.AUDITOR))
			.withMessageContaining("last enabled ADMIN");
		assertThatThrownBy(() -> service.setEnabled("olga", "nobody", false)).isInstanceOf(UnknownConsoleUser.class);
		assertThat(audit.lines()).containsExactly(
				"root CHANGE_CONSOLE_USER_ROLE console user olga: role changed from OPERATOR to ADMIN",
				"olga DISABLE_CONSOLE_USER console user root: disabled: can no longer sign in");
		assertThat(signIn.signIn("root", "root-Pa55phrase", "10.0.0.1")).isInstanceOf(Disabled.class);
	}

	@Test
	void aResetGivesAOneTimePasswordThatMustBeChangedAndTheOldOneStopsWorking() {
		String oneTime = service.resetPassword("root", "olga");

		assertThat(signIn.signIn("olga", "olga-Pa55phrase", "10.0.0.1")).isNotInstanceOf(Accepted.class);
		assertThat(signIn.signIn("olga", oneTime, "10.0.0.1")).isEqualTo(new Accepted("olga", StaffRole.OPERATOR,
				true));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> own.changePassword(
					new ChangeOwnPasswordCommand("olga", "wrong", "a-new-Pa55phrase", "10.0.0.1")))
			.withMessage("The current password is wrong");
		assertThat(metrics.counted).as("the old password, then a wrong current one, each a failed sign-in")
			.containsSubsequence("sign-in.failures:wrong_password", "sign-in.failures:wrong_password");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> own.changePassword(
					new ChangeOwnPasswordCommand("olga", oneTime, "password1234", "10.0.0.1")))
			.withMessageContaining("list of common passwords");
		own.changePassword(new ChangeOwnPasswordCommand("olga", oneTime, "a-new-Pa55phrase", "10.0.0.1"));

		assertThat(signIn.signIn("olga", "a-new-Pa55phrase", "10.0.0.1"))
			.isEqualTo(new Accepted("olga", StaffRole.OPERATOR, false));
		assertThat(users.find("olga").orElseThrow().passwordChangedAt()).isEqualTo(clock.instant());
		assertThat(audit.lines()).contains(
				"root RESET_CONSOLE_PASSWORD console user olga: password reset to a one-time password, to be changed at next sign-in",
				"olga CHANGE_CONSOLE_PASSWORD console user olga: password changed (the one-time password is no longer valid)");
		assertThat(metrics.counted).contains("account.changes:password_reset", "account.changes:password_changed");
	}

	@Test
	void anAdminUnlocksAUserLockedByFailedSignIns() {
		for (int i = 0; i < 3; i++) {
			signIn.signIn("olga", "guess-" + i, "10.0.0." + i);
		}
		assertThat(signIn.signIn("olga", "olga-Pa55phrase", "10.0.0.9")).isInstanceOf(Throttled.class);
		assertThat(service.list()).filteredOn(user -> user.username().equals("olga")).singleElement()
			.satisfies(olga -> assertThat(olga.lockedUntil()).isNotNull());

		assertThat(service.unlock("root", "olga")).isTrue();

		assertThat(signIn.signIn("olga", "olga-Pa55phrase", "10.0.0.9")).isInstanceOf(Accepted.class);
		assertThat(service.unlock("root", "olga")).isFalse();
		assertThat(audit.lines()).contains("root UNLOCK_CONSOLE_USER console user olga: unlocked: failed sign-ins forgotten");
	}

	@Test
	void aNewUsersPasswordMeetsThePolicy() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> service.create(new CreateConsoleUserCommand("clerk", StaffRole.AUDITOR,
					"qwerty123456", "root")))
			.withMessageContaining("list of common passwords");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> service.create(new CreateConsoleUserCommand("clerk", StaffRole.AUDITOR,
					"abcabcabcabc", "root")))
			.withMessageContaining("must not repeat");
		assertThat(users.find("clerk")).isEmpty();
	}

	private void add(String name, StaffRole role) {
		users.addIfAbsent(new ConsoleUser(name, encoder.encode(name + "-Pa55phrase"), role, clock.instant(), "test"));
	}
}

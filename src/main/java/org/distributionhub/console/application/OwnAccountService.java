package org.distributionhub.console.application;

import java.time.Clock;
import java.util.Optional;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.ManageOwnAccount;
import org.distributionhub.console.ports.in.SignIn;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** A signed-in user's account state and their own password change, written down by the {@link AccountJournal}. */
@Service
class OwnAccountService implements ManageOwnAccount {

	static final String CHANGE_PASSWORD = "CHANGE_CONSOLE_PASSWORD";

	private final ConsoleUsers users;
	private final PasswordEncoder encoder;
	private final SignIn signIn;
	private final PasswordPolicy policy;
	private final AccountJournal journal;
	private final Clock clock;

	OwnAccountService(ConsoleUsers users, PasswordEncoder encoder, SignIn signIn, PasswordPolicy policy,
			AccountJournal journal, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.signIn = signIn;
		this.policy = policy;
		this.journal = journal;
		this.clock = clock;
	}

	@Override
	public Optional<AccountState> account(String username) {
		return users.find(username)
			.map(user -> new AccountState(user.username(), user.role(), user.enabled(), user.mustChangePassword()));
	}

	@Override
	public void changePassword(ChangeOwnPasswordCommand command) {
		String name = ConsoleUser.normalizeUsername(command.username());
		var user = users.find(name).filter(ConsoleUser::enabled)
			.orElseThrow(() -> new IllegalArgumentException("Only an enabled console user can change a password"));
		// Checked as a sign-in: a wrong current password is throttled, audited and counted like one.
		var check = signIn.signIn(name, command.currentPassword(), command.clientAddress());
		if (check instanceof SignIn.Throttled throttled) {
			throw new IllegalArgumentException("Too many failed attempts; try again in " + throttled.minutes()
					+ " minutes");
		}
		if (!(check instanceof SignIn.Accepted)) {
			throw new IllegalArgumentException("The current password is wrong");
		}
		if (command.newPassword().equals(command.currentPassword())) {
			throw new IllegalArgumentException("The new password must differ from the current one");
		}
		policy.check(command.newPassword(), name);
		users.update(user.withPassword(encoder.encode(command.newPassword()), false, clock.instant()));
		journal.changed(name, CHANGE_PASSWORD, name, "Changed on the console's Change password page",
				user.mustChangePassword() ? "password changed (the one-time password is no longer valid)"
						: "password changed",
				"password_changed");
	}
}

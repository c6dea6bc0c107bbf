package org.distributionhub.console.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.distributionhub.console.domain.ConsolePasswords;
import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.domain.UserAdministration;
import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.distributionhub.platform.api.StaffRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists console users and carries out an admin's changes to them (add, disable, enable, re-role, reset, unlock),
 * each written down by the {@link AccountJournal}: audit trail, log line and counter.
 */
@Service
class ConsoleUserService implements ManageConsoleUsers {

	static final String ACTION = "CREATE_CONSOLE_USER";
	static final String DISABLE = "DISABLE_CONSOLE_USER";
	static final String ENABLE = "ENABLE_CONSOLE_USER";
	static final String CHANGE_ROLE = "CHANGE_CONSOLE_USER_ROLE";
	static final String RESET = "RESET_CONSOLE_PASSWORD";
	static final String UNLOCK = "UNLOCK_CONSOLE_USER";

	private static final String ON_USERS_PAGE = "On the console's Users page";

	private final ConsoleUsers users;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final LoginThrottle throttle;
	private final AccountJournal journal;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ConsoleUserService(ConsoleUsers users, PasswordEncoder encoder, PasswordPolicy policy, LoginThrottle throttle,
			AccountJournal journal, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.throttle = throttle;
		this.journal = journal;
		this.clock = clock;
	}

	@Override
	public List<ConsoleUserView> list() {
		return users.findAll().stream().map(this::view).toList();
	}

	@Override
	public ConsoleUserView create(CreateConsoleUserCommand command) {
		String username = ConsoleUser.normalizeUsername(command.username());
		policy.check(command.password(), username);
		var user = new ConsoleUser(username, encoder.encode(command.password()), command.role(), clock.instant(),
				command.actor(), true, command.mustChangePassword(), null);
		if (!users.addIfAbsent(user)) {
			throw new IllegalArgumentException("A console user named '" + username + "' exists already");
		}
		journal.changed(command.actor(), ACTION, username, "Added on the console's Users page",
				"created with role " + command.role()
						+ (command.mustChangePassword() ? ", password to be changed at first sign-in" : ""),
				"created");
		return view(user);
	}

	@Override
	@Transactional
	public void setEnabled(String actor, String username, boolean enabled) {
		var before = change(actor, username, user -> user.withEnabled(enabled));
		if (before.enabled() != enabled) {
			journal.changed(actor, enabled ? ENABLE : DISABLE, before.username(), ON_USERS_PAGE,
					enabled ? "enabled: may sign in again" : "disabled: can no longer sign in",
					enabled ? "enabled" : "disabled");
		}
	}

	@Override
	@Transactional
	public void changeRole(String actor, String username, StaffRole role) {
		var before = change(actor, username, user -> user.withRole(role));
		if (before.role() != role) {
			journal.changed(actor, CHANGE_ROLE, before.username(), ON_USERS_PAGE,
					"role changed from " + before.role() + " to " + role, "role_changed");
		}
	}

	@Override
	@Transactional
	public String resetPassword(String actor, String username) {
		String password = ConsolePasswords.generate(random);
		var before = change(actor, username, user -> user.withPassword(encoder.encode(password), true,
				clock.instant()));
		journal.changed(actor, RESET, before.username(), ON_USERS_PAGE,
				"password reset to a one-time password, to be changed at next sign-in", "password_reset");
		return password;
	}

	@Override
	public boolean unlock(String actor, String username) {
		var user = existing(ConsoleUser.normalizeUsername(username));
		boolean wasLocked = throttle.unlock(user.username());
		journal.changed(actor, UNLOCK, user.username(), ON_USERS_PAGE,
				wasLocked ? "unlocked: failed sign-ins forgotten" : "unlocked: was not locked", "unlocked");
		return wasLocked;
	}

	/** Applies the change under the administration rules and stores it; returns the user as it was. */
	private ConsoleUser change(String actor, String username, UnaryOperator<ConsoleUser> change) {
		users.holdForAdministration();
		var everyone = users.findAll();
		String name = ConsoleUser.normalizeUsername(username);
		var before = everyone.stream().filter(user -> user.username().equals(name)).findFirst()
			.orElseThrow(() -> new UnknownConsoleUser(name));
		var after = change.apply(before);
		UserAdministration.check(actor, before, after, everyone);
		if (!after.equals(before)) {
			users.update(after);
		}
		return before;
	}

	private ConsoleUser existing(String username) {
		return users.find(username).orElseThrow(() -> new UnknownConsoleUser(username));
	}

	private ConsoleUserView view(ConsoleUser user) {
		return new ConsoleUserView(user.username(), user.role(), user.createdAt(), user.createdBy(), user.enabled(),
				user.mustChangePassword(), user.passwordChangedAt(), throttle.lockedUntil(user.username()).orElse(null));
	}
}

package org.distributionhub.console.application;

import java.time.Clock;
import java.util.List;

import org.distributionhub.console.domain.ConsolePasswords;
import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.ManageConsoleUsers;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.distributionhub.platform.api.AdminAudit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Lists console users and adds new ones on an admin's request, leaving an entry in the admin audit trail. */
@Service
class ConsoleUserService implements ManageConsoleUsers {

	static final String ACTION = "CREATE_CONSOLE_USER";

	private final ConsoleUsers users;
	private final PasswordEncoder encoder;
	private final AdminAudit audit;
	private final Clock clock;

	ConsoleUserService(ConsoleUsers users, PasswordEncoder encoder, AdminAudit audit, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<ConsoleUserView> list() {
		return users.findAll().stream().map(ConsoleUserService::view).toList();
	}

	@Override
	public ConsoleUserView create(CreateConsoleUserCommand command) {
		String username = ConsoleUser.normalizeUsername(command.username());
		ConsolePasswords.checkStrength(command.password());
		var user = new ConsoleUser(username, encoder.encode(command.password()), command.role(), clock.instant(),
				command.actor());
		if (!users.addIfAbsent(user)) {
			throw new IllegalArgumentException("A console user named '" + username + "' exists already");
		}
		audit.record(command.actor(), ACTION, "console user " + username, "Added on the console's Users page",
				"created with role " + command.role());
		return view(user);
	}

	private static ConsoleUserView view(ConsoleUser user) {
		return new ConsoleUserView(user.username(), user.role(), user.createdAt(), user.createdBy());
	}
}

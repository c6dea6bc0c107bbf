package org.distributionhub.console.ports.in;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * Lists console users and lets an admin add, disable, enable, re-role, reset and unlock them; every change is
 * recorded in the admin audit trail. A refused change fails with IllegalStateException saying why (an admin acting on
 * themselves, the last enabled ADMIN), an unknown user with {@link UnknownConsoleUser}.
 */
public interface ManageConsoleUsers {

	List<ConsoleUserView> list();

	/** Fails with IllegalArgumentException when the name is taken or the name or password breaks the rules. */
	ConsoleUserView create(CreateConsoleUserCommand command);

	void setEnabled(String actor, String username, boolean enabled);

	void changeRole(String actor, String username, StaffRole role);

	/** Sets a generated one-time password, which the user must change at their next sign-in, and returns it. */
	String resetPassword(String actor, String username);

	/** Lifts the lock that failed sign-ins put on the username; false when it was not locked. */
	boolean unlock(String actor, String username);

	/** {@code mustChangePassword}: the new user must choose their own password at their first sign-in. */
	record CreateConsoleUserCommand(String username, StaffRole role, String password, String actor,
			boolean mustChangePassword) {

		public CreateConsoleUserCommand(String username, StaffRole role, String password, String actor) {
			this(username, role, password, actor, false);
		}
	}

	/** {@code lockedUntil}: while failed sign-ins lock the username (on this instance of the hub). */
	record ConsoleUserView(String username, StaffRole role, Instant createdAt, String createdBy, boolean enabled,
			boolean mustChangePassword, @Nullable Instant passwordChangedAt, @Nullable Instant lockedUntil) {
	}

	/** No console user of that name. */
	final class UnknownConsoleUser extends RuntimeException {

		public UnknownConsoleUser(String username) {
			super("There is no console user named '" + username + "'");
		}
	}
}

package org.distributionhub.console.ports.in;

import java.util.Optional;

import org.distributionhub.platform.api.StaffRole;

/**
 * A signed-in user's own account: its state as stored now (asked on every request, so a disabled user or a changed
 * role takes effect at the next one) and changing one's own password.
 */
public interface ManageOwnAccount {

	/** Empty when no such user exists any more. */
	Optional<AccountState> account(String username);

	/**
	 * Fails with IllegalArgumentException saying what is wrong: the current password (checked and throttled like a
	 * sign-in from {@code clientAddress}), or the new one against the password policy.
	 */
	void changePassword(ChangeOwnPasswordCommand command);

	record AccountState(String username, StaffRole role, boolean enabled, boolean mustChangePassword) {
	}

	record ChangeOwnPasswordCommand(String username, String currentPassword, String newPassword,
			String clientAddress) {
	}
}

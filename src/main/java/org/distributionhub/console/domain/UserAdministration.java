package org.distributionhub.console.domain;

import java.util.List;

/**
 * What an admin may not do to the console's users: disable or demote themselves, or leave the console without an
 * enabled ADMIN. Each refusal says why.
 */
public final class UserAdministration {

	private UserAdministration() {
	}

	/** Checks that {@code actor} may turn {@code before} into {@code after}, given all users as they are now. */
	public static void check(String actor, ConsoleUser before, ConsoleUser after, List<ConsoleUser> everyone) {
		boolean self = actor.equals(before.username());
		if (self && before.enabled() && !after.enabled()) {
			throw new IllegalStateException("You cannot disable yourself; ask another ADMIN");
		}
		if (self && before.role() != after.role()) {
			throw new IllegalStateException("You cannot change your own role; ask another ADMIN");
		}
		if (before.isActiveAdmin() && !after.isActiveAdmin() && everyone.stream()
			.noneMatch(other -> other.isActiveAdmin() && !other.username().equals(before.username()))) {
			throw new IllegalStateException("'" + before.username()
					+ "' is the last enabled ADMIN: make another user an ADMIN first");
		}
	}
}

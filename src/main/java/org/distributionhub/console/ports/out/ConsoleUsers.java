package org.distributionhub.console.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.console.domain.ConsoleUser;

/** The console's users with their password hashes, roles and whether they may sign in. */
public interface ConsoleUsers {

	boolean isEmpty();

	/** The user, perhaps as read a few seconds ago (the staff API looks a user up on every request). */
	Optional<ConsoleUser> find(String username);

	/** Adds the user unless the name is taken; false when it was (perhaps by another instance a moment ago). */
	boolean addIfAbsent(ConsoleUser user);

	/** Every user as stored now, by name. */
	List<ConsoleUser> findAll();

	/** Stores the user's password hash, role and state; what was kept of it in memory is forgotten. */
	void update(ConsoleUser user);

	/**
	 * Holds back other changes to users until the caller's transaction ends, so that two admins acting at once cannot
	 * both take away the last enabled ADMIN.
	 */
	void holdForAdministration();
}

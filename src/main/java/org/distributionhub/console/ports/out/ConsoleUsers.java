package org.distributionhub.console.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.console.domain.ConsoleUser;

/** The console's users with their password hashes and roles. */
public interface ConsoleUsers {

	boolean isEmpty();

	Optional<ConsoleUser> find(String username);

	/** Adds the user unless the name is taken; false when it was (perhaps by another instance a moment ago). */
	boolean addIfAbsent(ConsoleUser user);

	List<ConsoleUser> findAll();
}

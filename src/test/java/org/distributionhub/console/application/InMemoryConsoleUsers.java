package org.distributionhub.console.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.out.ConsoleUsers;

/** A fake of the user store for application tests. */
class InMemoryConsoleUsers implements ConsoleUsers {

	private final Map<String, ConsoleUser> users = new ConcurrentSkipListMap<>();

	@Override
	public boolean isEmpty() {
		return users.isEmpty();
	}

	@Override
	public Optional<ConsoleUser> find(String username) {
		return Optional.ofNullable(users.get(username));
	}

	@Override
	public boolean addIfAbsent(ConsoleUser user) {
		return users.putIfAbsent(user.username(), user) == null;
	}

	@Override
	public List<ConsoleUser> findAll() {
		return List.copyOf(users.values());
	}

	@Override
	public void update(ConsoleUser user) {
		users.replace(user.username(), user);
	}

	@Override
	public void holdForAdministration() {
		// One thread at a time in these tests: nothing to hold.
	}

	/** Stands for a change made elsewhere (another instance, the database) to a stored user. */
	void replace(ConsoleUser user) {
		users.put(user.username(), user);
	}
}

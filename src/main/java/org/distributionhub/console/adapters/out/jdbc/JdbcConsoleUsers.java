package org.distributionhub.console.adapters.out.jdbc;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Reads and inserts console_user rows through Spring Data JDBC; an insert that meets an existing name changes nothing.
 * A user found is kept in memory for {@code hub.console.cache.users} (10 s): the staff API checks the user on every
 * HTTP basic request, and the hub never changes a user once created (a row removed in the database directly is
 * noticed after that time). A name not found is not kept, and adding a user forgets what was kept under its name, so
 * a user created a moment ago signs in at once.
 */
@Repository
class JdbcConsoleUsers implements ConsoleUsers {

	private static final int MAX_ENTRIES = 1_000;

	private final ConsoleUserRowRepository rows;
	private final long keepNanos;
	private final Map<String, Found> found = new ConcurrentHashMap<>();

	JdbcConsoleUsers(ConsoleUserRowRepository rows, @Value("${hub.console.cache.users:10s}") Duration keep) {
		this.rows = rows;
		this.keepNanos = keep.toNanos();
	}

	@Override
	public boolean isEmpty() {
		return rows.count() == 0;
	}

	@Override
	public Optional<ConsoleUser> find(String username) {
		long now = System.nanoTime();
		Found kept = found.get(username);
		if (kept != null && now - kept.at() < keepNanos) {
			return Optional.of(kept.user());
		}
		Optional<ConsoleUser> user = rows.findById(username).map(ConsoleUserRow::toUser);
		if (user.isPresent() && keepNanos > 0) {
			if (found.size() >= MAX_ENTRIES) {
				found.clear();
			}
			found.put(username, new Found(user.get(), now));
		}
		else {
			found.remove(username);
		}
		return user;
	}

	@Override
	public boolean addIfAbsent(ConsoleUser user) {
		found.remove(user.username());
		return rows.insertIfAbsent(user.username(), user.passwordHash(), user.role().name(), user.createdAt(),
				user.createdBy()) == 1;
	}

	@Override
	public List<ConsoleUser> findAll() {
		return rows.findAllByOrderByUsernameAsc().stream().map(ConsoleUserRow::toUser).toList();
	}

	private record Found(ConsoleUser user, long at) {
	}
}

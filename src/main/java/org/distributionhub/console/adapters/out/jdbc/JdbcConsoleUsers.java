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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads, inserts and updates console_user rows through Spring Data JDBC; an insert that meets an existing name changes nothing.
 * A user found is kept in memory for {@code hub.console.cache.users} (10 s): the staff API and the console check the
 * user on every request. Adding or changing a user forgets what was kept under its name, so a change takes effect at
 * once on this instance of the hub and within that time on the others (and for a row changed in the database
 * directly). A name not found is not kept.
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
				user.createdBy(), user.enabled(), user.mustChangePassword(), user.passwordChangedAt()) == 1;
	}

	@Override
	public void update(ConsoleUser user) {
		rows.update(user.username(), user.passwordHash(), user.role().name(), user.enabled(),
				user.mustChangePassword(), user.passwordChangedAt());
		forgetNowAndAtCommit(user.username());
	}

	@Override
	public void holdForAdministration() {
		rows.lockAdmins();
	}

	@Override
	public List<ConsoleUser> findAll() {
		return rows.findAllByOrderByUsernameAsc().stream().map(ConsoleUserRow::toUser).toList();
	}

	/** A read between now and the commit would keep the old row: forget it again once the change is visible. */
	private void forgetNowAndAtCommit(String username) {
		found.remove(username);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					found.remove(username);
				}
			});
		}
	}

	private record Found(ConsoleUser user, long at) {
	}
}

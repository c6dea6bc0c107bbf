package org.distributionhub.platform.adapters.in.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "db" health (in place of Spring Boot's): takes a connection from the hub's pool and validates it on a thread of
 * its own, and answers DOWN when that takes longer than hub.health.database-timeout, so a database that went away
 * without closing its connections (half-open) shows as DOWN instead of blocking the health endpoint. One check runs
 * at a time: a check still waiting is joined, not repeated; the next call after it ended checks afresh.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	private final DataSource dataSource;
	private final Duration timeout;
	private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "hub-db-health");
		thread.setDaemon(true);
		return thread;
	});
	private @Nullable Future<Health> running;

	DatabaseHealth(DataSource dataSource, HealthLimits limits) {
		this.dataSource = dataSource;
		this.timeout = limits.databaseTimeout();
	}

	@Override
	public Health health() {
		Future<Health> check = check();
		try {
			return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			return Health.down().withDetail("error", "No valid connection within " + timeout.toMillis() + " ms").build();
		}
		catch (ExecutionException e) {
			return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Health.down(e).build();
		}
	}

	private synchronized Future<Health> check() {
		Future<Health> current = running;
		if (current == null || current.isDone()) {
			current = checks.submit(this::validate);
			running = current;
		}
		return current;
	}

	private Health validate() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String database = connection.getMetaData().getDatabaseProductName();
			int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
			if (connection.isValid(seconds)) {
				return Health.up().withDetail("database", database).withDetail("validationQuery", "isValid()").build();
			}
			return Health.down()
				.withDetail("database", database)
				.withDetail("error", "The connection did not validate within " + seconds + " s")
				.build();
		}
	}

	@Override
	public void destroy() {
		checks.shutdownNow();
	}
}

package org.distributionhub.platform.adapters.out.database;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Puts hub.database.* on the hub's connection pool before its first connection, whatever URL the operator set
 * (SPRING_DATASOURCE_URL included): on PostgreSQL the driver's connect, login and socket timeouts with TCP keepalive,
 * and session settings (statement, lock and idle-in-transaction timeouts) so that the server frees what a vanished
 * client holds; on H2 the lock timeout, for an H2 server the client's network timeout, and which H2 errors mean a
 * dead connection the pool must drop. What the operator set
 * explicitly (a URL parameter, a data source property) is left as it is.
 */
final class BoundedDatabaseWaits implements BeanPostProcessor, EnvironmentAware {

	private Binder binder = Binder.get(new StandardEnvironment());

	@Override
	public void setEnvironment(Environment environment) {
		this.binder = Binder.get(environment);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			apply(pool, binder.bind("hub.database", DatabaseTimeouts.class).orElseGet(DatabaseTimeouts::defaults));
		}
		return bean;
	}

	static void apply(HikariDataSource pool, DatabaseTimeouts timeouts) {
		String url = pool.getJdbcUrl();
		if (url.startsWith("jdbc:postgresql:")) {
			Properties driver = pool.getDataSourceProperties();
			driverProperties(timeouts, timeouts.socketTimeout()).forEach(driver::putIfAbsent);
			String init = pool.getConnectionInitSql();
			pool.setConnectionInitSql(sessionSettings(timeouts) + (init == null || init.isBlank() ? "" : "; " + init));
		}
		else if (url.startsWith("jdbc:h2:")) {
			String settings = setting(url, "LOCK_TIMEOUT", timeouts.lockTimeout());
			if (url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) {
				settings += setting(url, "NETWORK_TIMEOUT", timeouts.socketTimeout());
			}
			pool.setJdbcUrl(url + settings);
			if (pool.getExceptionOverride() == null && pool.getExceptionOverrideClassName() == null) {
				pool.setExceptionOverride(new H2BrokenConnections());
			}
		}
	}

	/** PostgreSQL driver properties: timeouts in seconds, at least one (0 would mean none). */
	static Properties driverProperties(DatabaseTimeouts timeouts, Duration socketTimeout) {
		var properties = new Properties();
		properties.setProperty("connectTimeout", seconds(timeouts.connectTimeout()));
		properties.setProperty("loginTimeout", seconds(timeouts.connectTimeout()));
		properties.setProperty("socketTimeout", seconds(socketTimeout));
		properties.setProperty("tcpKeepAlive", "true");
		return properties;
	}

	/** Session settings each new PostgreSQL connection starts with. */
	static String sessionSettings(DatabaseTimeouts timeouts) {
		return "SET statement_timeout = " + timeouts.statementTimeout().toMillis() + "; SET lock_timeout = "
				+ timeouts.lockTimeout().toMillis() + "; SET idle_in_transaction_session_timeout = "
				+ timeouts.idleInTransactionTimeout().toMillis();
	}

	private static String setting(String url, String name, Duration value) {
		return url.toUpperCase(Locale.ROOT).contains(";" + name + "=") ? "" : ";" + name + "=" + value.toMillis();
	}

	private static String seconds(Duration duration) {
		return Long.toString(Math.max(1, (duration.toMillis() + 999) / 1000));
	}
}

package org.distributionhub.platform.adapters.out.database;

import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The bounded waits on the hub's pool, and Flyway on PostgreSQL on connections of its own: a migration may legitimately
 * run longer than the statement timeout (an index on a large table), so it runs without it, its waits bounded by
 * hub.database.migration-timeout instead.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseWaitsConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static BoundedDatabaseWaits boundedDatabaseWaits() {
		return new BoundedDatabaseWaits();
	}

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout(DataSource dataSource, DatabaseTimeouts timeouts) {
		return configuration -> {
			if (dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null
					&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")
					&& configuration.getDataSource() == dataSource) {
				var migrations = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
				Properties properties = BoundedDatabaseWaits.driverProperties(timeouts, timeouts.migrationTimeout());
				pool.getDataSourceProperties().forEach(properties::putIfAbsent);
				migrations.setConnectionProperties(properties);
				configuration.dataSource(migrations);
			}
		};
	}
}

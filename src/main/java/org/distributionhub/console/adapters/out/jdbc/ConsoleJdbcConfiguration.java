package org.distributionhub.console.adapters.out.jdbc;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The Spring Data JDBC repositories of this package; they join the caller's transaction and open none of their own. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(enableDefaultTransactions = false)
class ConsoleJdbcConfiguration {
}

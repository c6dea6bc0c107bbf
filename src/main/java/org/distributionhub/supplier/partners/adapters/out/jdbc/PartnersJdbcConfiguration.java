package org.distributionhub.supplier.partners.adapters.out.jdbc;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The Spring Data JDBC repositories of this package. They open no transaction of their own: like the hand-written
 * statements beside them they join the caller's, so a lookup on the partner API costs no extra commit.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(enableDefaultTransactions = false)
class PartnersJdbcConfiguration {
}

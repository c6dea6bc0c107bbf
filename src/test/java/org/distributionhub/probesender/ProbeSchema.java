package org.distributionhub.probesender;

import javax.sql.DataSource;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates the probe modules' tables. Spring Modulith's module-aware Flyway only knows the modules of the main code,
 * so these test-only modules bring their own idempotent schema.
 */
@Configuration(proxyBeanMethods = false)
class ProbeSchema {

	ProbeSchema(DataSource dataSource) {
		new ResourceDatabasePopulator(new ClassPathResource("probe/schema.sql")).execute(dataSource);
	}
}

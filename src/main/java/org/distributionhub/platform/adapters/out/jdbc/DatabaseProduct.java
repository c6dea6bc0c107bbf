package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether the hub's database is PostgreSQL, asked of the driver once for all the platform's repositories: a
 * repository takes one statement where PostgreSQL allows it and the portable statements on H2 (or when the driver
 * cannot say).
 */
@Component
final class DatabaseProduct {

	private final DataSource dataSource;
	private volatile @Nullable Boolean postgres;

	DatabaseProduct(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			try {
				String product = JdbcUtils.extractDatabaseMetaData(dataSource,
						DatabaseMetaData::getDatabaseProductName);
				known = "PostgreSQL".equals(product);
			}
			catch (MetaDataAccessException e) {
				known = false;
			}
			postgres = known;
		}
		return known;
	}
}

package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The benchmarks' statement counter on a real (in-memory H2) database: statements by kind, batches and commits. */
class StatementCounterIT {

	private final StatementCounter counter = new StatementCounter();
	private final GenericApplicationContext context = new GenericApplicationContext();
	private JdbcTemplate jdbc;
	private TransactionTemplate transaction;

	@BeforeEach
	void startWithACountedDataSource() {
		var h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:counter;DB_CLOSE_DELAY=-1");
		context.registerBean("dataSource", DataSource.class, () -> h2);
		counter.initialize(context);
		context.refresh();
		DataSource counted = context.getBean(DataSource.class);
		jdbc = new JdbcTemplate(counted);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(counted));
		jdbc.execute("CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, name VARCHAR(20))");
		jdbc.update("DELETE FROM item");
	}

	@AfterEach
	void close() {
		context.close();
	}

	@Test
	void countsEachAutoCommittedStatementAsACommit() {
		var before = counter.counts();

		jdbc.update("INSERT INTO item VALUES (1, 'one')");
		jdbc.queryForObject("SELECT COUNT(*) FROM item", Long.class);

		assertThat(counter.counts().minus(before))
			.isEqualTo(new StatementCounter.Counts(1, 1, 0, 0, 0, 2));
	}

	@Test
	void countsATransactionOnceAndABatchOncePerRow() {
		var before = counter.counts();

		transaction.executeWithoutResult(status -> {
			jdbc.batchUpdate("INSERT INTO item VALUES (?, ?)", List.of(new Object[] { 1, "one" },
					new Object[] { 2, "two" }, new Object[] { 3, "three" }));
			jdbc.update("UPDATE item SET name = 'uno' WHERE id = 1");
		});

		assertThat(counter.counts().minus(before)).isEqualTo(new StatementCounter.Counts(0, 3, 1, 0, 0, 1));
	}

	@Test
	void aRolledBackTransactionCommitsNothingAndAnEmptyOneNeither() {
		var before = counter.counts();

		transaction.executeWithoutResult(status -> {
			jdbc.update("DELETE FROM item");
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult(status -> {
		});

		assertThat(counter.counts().minus(before)).isEqualTo(new StatementCounter.Counts(0, 0, 0, 1, 0, 0));
	}

	@Test
	void theUncountedDataSourceIsNotCounted() {
		var before = counter.counts();

		new JdbcTemplate(counter.uncounted()).queryForObject("SELECT COUNT(*) FROM item", Long.class);

		assertThat(counter.counts().minus(before).statements()).isZero();
	}
}

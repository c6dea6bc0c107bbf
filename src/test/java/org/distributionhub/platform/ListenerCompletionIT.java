package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;

import org.distributionhub.probereceiver.ProbeReceiver;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivery is one transaction: the listener's work, its inbox claim and the publication's completion commit
 * together on the listener's thread, with no PROCESSING or COMPLETED mark in a transaction of its own.
 */
@SpringBootTest
@ContextConfiguration(initializers = ListenerCompletionIT.Counting.class)
class ListenerCompletionIT {

	private static final StatementCounter COUNTER = new StatementCounter();
	private static final int PROBES = 20;

	@Autowired
	ProbeSender sender;

	@Autowired
	ProbeReceiver receiver;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachDeliveryCommitsOnceWithItsCompletion() {
		String tag = "one-commit-" + UUID.randomUUID();
		long listenerCommitsBefore = COUNTER.commitsOnThreads("hub-listener-");
		var sent = new ArrayList<UUID>();
		for (int i = 0; i < PROBES; i++) {
			sent.add(sender.send(tag + "-" + i, 0).eventId());
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> archived(tag) == PROBES);

		assertThat(COUNTER.commitsOnThreads("hub-listener-") - listenerCommitsBefore)
			.as("commits on the listener threads for %d deliveries", PROBES)
			.isEqualTo(PROBES);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + tag + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM event_publication_archive
				 WHERE serialized_event LIKE ? AND status = 'COMPLETED' AND completion_attempts = 1""")
			.param("%" + tag + "%")
			.query(Long.class)
			.single()).isEqualTo(PROBES);
		sent.forEach(id -> assertThat(receiver.invocations(id)).isOne());
	}

	@Test
	void publicationsOfOneTransactionAreWrittenInOneStatement(@Autowired TransactionTemplate transactions) {
		String tag = "together-" + UUID.randomUUID();
		var sent = new ArrayList<UUID>();
		COUNTER.recordThisThread();
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				sent.add(sender.send(tag + "-" + i, 0).eventId());
			}
		});
		var statements = COUNTER.stopRecording();

		assertThat(statements.stream().filter(sql -> sql.strip().startsWith("INSERT INTO event_publication ")))
			.as("event publication inserts of the sending transaction")
			.hasSize(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> archived(tag) == 3);
		sent.forEach(id -> assertThat(receiver.invocations(id)).isOne());
	}

	@Test
	void aPublicationCreatedWhileItsTransactionCommitsIsWrittenAndDelivered(
			@Autowired TransactionTemplate transactions) {
		String tag = "late-" + UUID.randomUUID();
		var sent = new ArrayList<UUID>();
		transactions.executeWithoutResult(status -> TransactionSynchronizationManager
			.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					sent.add(sender.send(tag, 0).eventId());
				}
			}));

		await().atMost(Duration.ofSeconds(60)).until(() -> archived(tag) == 1);
		assertThat(sent).hasSize(1);
		assertThat(receiver.invocations(sent.get(0))).isOne();
	}

	private long archived(String tag) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE ?")
			.param("%" + tag + "%")
			.query(Long.class)
			.single();
	}

	/** Counts what the test's hub sends through its DataSource. */
	static class Counting implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			COUNTER.initialize(context);
		}
	}
}

package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox.Entry;
import org.distributionhub.supplier.api.Channel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The outbox claim on the test database (H2, or PostgreSQL with the testpg profile), in a schema of its own: a claim
 * leases what it takes, and a claim running meanwhile skips what another holds.
 */
class JdbcPartnerOutboxClaimIT {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private static HikariDataSource dataSource;
	private static String schema;
	private static JdbcPartnerOutbox outbox;
	private static TransactionTemplate transactions;

	@BeforeAll
	static void migrate() {
		schema = "outbox_claim_" + UUID.randomUUID().toString().substring(0, 8);
		dataSource = new HikariDataSource();
		dataSource.setMaximumPoolSize(4);
		if (onPostgres()) {
			dataSource.setJdbcUrl(env("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
			dataSource.setUsername(env("HUB_TEST_DB_USER", "postgres"));
			dataSource.setPassword(env("HUB_TEST_DB_PASSWORD", ""));
			dataSource.setConnectionInitSql("SET search_path TO " + schema);
		}
		else {
			dataSource.setJdbcUrl("jdbc:h2:mem:" + schema
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
					+ ";INIT=CREATE SCHEMA IF NOT EXISTS " + schema + "\\;SET SCHEMA " + schema);
			dataSource.setUsername("hub");
		}
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations("classpath:db/migration/supplier")
			.load()
			.migrate();
		outbox = new JdbcPartnerOutbox(JdbcClient.create(dataSource));
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void drop() {
		JdbcClient.create(dataSource).sql("DROP SCHEMA " + schema + " CASCADE").update();
		dataSource.close();
	}

	@Test
	void aClaimLeasesWhatItTakesUntilTheLeaseRunsOut() {
		String supplier = supplier();
		List<UUID> ids = List.of(add(supplier, DeliveryRoute.WEBHOOK), add(supplier, DeliveryRoute.WEBHOOK));
		UUID folder = add(supplier, DeliveryRoute.FOLDER);
		Instant lease = NOW.plusSeconds(60);

		List<Entry> claimed = claim(NOW, lease, 100);

		assertThat(claimed).extracting(Entry::id).containsAll(ids).doesNotContain(folder);
		assertThat(claimed).allSatisfy(entry -> assertThat(entry.nextAttemptAt()).isEqualTo(lease));
		assertThat(outbox.find(ids.get(0)).orElseThrow().nextAttemptAt()).isEqualTo(lease);
		assertThat(claim(NOW.plusSeconds(59), lease.plusSeconds(60), 100)).extracting(Entry::id)
			.doesNotContainAnyElementsOf(ids);
		assertThat(claim(lease, lease.plusSeconds(60), 100)).extracting(Entry::id).containsAll(ids);
	}

	/** PostgreSQL hands the second claim what the first did not lock; H2 locks every row the query read. */
	@Test
	void aClaimMeanwhileSkipsWhatAnotherTransactionHolds() throws Exception {
		String supplier = supplier();
		List<UUID> ids = List.of(add(supplier, DeliveryRoute.WEBHOOK), add(supplier, DeliveryRoute.WEBHOOK));
		var held = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		CompletableFuture<List<Entry>> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			List<Entry> taken = outbox.claim(DeliveryRoute.WEBHOOK, NOW, NOW.plusSeconds(60), 1);
			held.countDown();
			await(release);
			return taken;
		}));
		assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

		List<UUID> second = claim(NOW, NOW.plusSeconds(60), 100).stream().map(Entry::id).toList();
		release.countDown();

		UUID heldByFirst = first.get(10, TimeUnit.SECONDS).get(0).id();
		assertThat(ids).contains(heldByFirst);
		assertThat(second).doesNotContain(heldByFirst);
		if (onPostgres()) {
			assertThat(second).containsExactlyElementsOf(ids.stream().filter(id -> !id.equals(heldByFirst)).toList());
		}
	}

	@Test
	void aFailedAttemptWaitsForItsNextAttemptAndAGivenUpEntryIsNoLongerDue() {
		String supplier = supplier();
		UUID retried = add(supplier, DeliveryRoute.WEBHOOK);
		UUID givenUp = add(supplier, DeliveryRoute.WEBHOOK);
		claim(NOW, NOW.plusSeconds(60), 100);

		outbox.deliveryFailed(retried, NOW.plusSeconds(30), "HTTP 503");
		outbox.deliveryFailed(givenUp, null, "HTTP 400: unknown sku");

		Entry waiting = outbox.find(retried).orElseThrow();
		assertThat(waiting.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(outbox.find(givenUp).orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(claim(NOW.plusSeconds(30), NOW.plusSeconds(90), 100)).extracting(Entry::id)
			.contains(retried)
			.doesNotContain(givenUp);
	}

	private static List<Entry> claim(Instant now, Instant lease, int limit) {
		return transactions.execute(status -> outbox.claim(DeliveryRoute.WEBHOOK, now, lease, limit));
	}

	private static UUID add(String supplier, DeliveryRoute delivery) {
		return outbox.add(supplier, OutboxKind.PURCHASE_ORDER, Channel.API, "PO-1/r1",
				new OutboundMessage("PO-1.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), delivery,
				NOW.minusSeconds(1));
	}

	private static String supplier() {
		return "S-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean onPostgres() {
		return System.getProperty("spring.profiles.active", "").contains("testpg");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}

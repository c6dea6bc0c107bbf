package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two hub instances on one database, both publishing, both retrying failed publications and both marking stale ones
 * failed: every probe is applied exactly once.
 */
class TwoInstancesIT {

	@Test
	void twoInstancesOnOneDatabaseApplyEveryEventExactlyOnce() throws Exception {
		String tag = "twins-" + UUID.randomUUID();
		var database = TestDatabase.forProcesses("twins");
		try (var first = start(database); var second = start(database)) {
			var sends = new ArrayList<CompletableFuture<Void>>();
			var instances = List.of(first, second);
			for (int number = 0; number < instances.size(); number++) {
				var sender = instances.get(number).getBean(ProbeSender.class);
				String instance = "instance" + number;
				for (int thread = 0; thread < 2; thread++) {
					int offset = thread;
					sends.add(CompletableFuture.runAsync(() -> {
						for (int i = 0; i < 150; i++) {
							sender.send(tag + "-" + instance + "-" + offset + "-" + i, i % 3 == 0 ? 1 : 0);
						}
					}));
				}
			}
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

			var jdbc = first.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> count(jdbc, "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
						"%" + tag + "-%") == 0);

			long sent = count(jdbc, "SELECT COUNT(*) FROM probe_sent WHERE payload LIKE ?", tag + "-%");
			assertThat(sent).isEqualTo(600);
			assertThat(count(jdbc, "SELECT COUNT(*) FROM probe_received WHERE payload LIKE ?", tag + "-%"))
				.as("applications, duplicates included")
				.isEqualTo(600);
			assertThat(count(jdbc, "SELECT COUNT(DISTINCT event_id) FROM probe_received WHERE payload LIKE ?",
					tag + "-%"))
				.isEqualTo(600);
			assertThat(count(jdbc, "SELECT COUNT(*) FROM event_dead_letter WHERE serialized_event LIKE ?",
					"%" + tag + "-%"))
				.isZero();
			assertThat(count(jdbc, "SELECT COUNT(*) FROM delivery_attempt WHERE event_type LIKE ? AND event_id IN "
					+ "(SELECT event_id FROM probe_sent WHERE payload LIKE ?)", "%ProbeSent", tag + "-%"))
				.as("failed attempts recorded")
				.isGreaterThanOrEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--spring.profiles.active=test", "--server.port=0",
				"--spring.modulith.events.staleness.published=2s", "--spring.modulith.events.staleness.processing=2s",
				"--spring.modulith.events.staleness.resubmission=2s",
				"--spring.modulith.events.staleness.check-intervall=1s"));
		return new SpringApplicationBuilder(DistributionHubApplication.class).run(arguments.toArray(String[]::new));
	}

	private static long count(JdbcClient jdbc, String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(Long.class).single();
	}
}

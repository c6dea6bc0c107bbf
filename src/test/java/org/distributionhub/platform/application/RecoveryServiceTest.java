package org.distributionhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.distributionhub.platform.domain.NodeBeat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecoveryServiceTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private final InMemoryRecoveryTables tables = new InMemoryRecoveryTables(NOW);
	private final InMemoryPublicationRegistry registry = new InMemoryPublicationRegistry();
	private final EventRecoveryProperties properties = new EventRecoveryProperties(true, null, Path.of("unused"),
			Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofSeconds(10), Duration.ofDays(7));
	private final UUID previousRun = UUID.randomUUID();
	private NodeMembership membership;

	@AfterEach
	void stopHeartbeat() {
		if (membership != null) {
			membership.destroy();
		}
	}

	@Test
	void aRestartedNodeTakesWhatItsPreviousRunLeftInFlightAtOnceAndResubmitsIt() {
		tables.nodes.put("node-a", new NodeBeat("node-a", previousRun, NOW.minusSeconds(1)));
		var published = tables.open(previousRun, "PUBLISHED", 1);
		var processing = tables.open(previousRun, "PROCESSING", 1);
		var resubmitted = tables.open(previousRun, "RESUBMITTED", 2);
		var failed = tables.open(previousRun, "FAILED", 1);

		var pass = start().recover();

		assertThat(pass.takenOver()).isEqualTo(3);
		assertThat(pass.resubmitted()).isEqualTo(3);
		assertThat(tables.resubmitted).containsExactlyInAnyOrder(published.id, processing.id, resubmitted.id);
		assertThat(resubmitted.attempts).as("the interrupted attempt counts, the new one too").isEqualTo(3);
		assertThat(failed.status).as("a failed one waits for its backoff").isEqualTo("FAILED");
		assertThat(tables.ledger).hasSize(3).allMatch(entry -> entry.contains("InterruptedDelivery")
				&& entry.contains("run " + previousRun) && entry.contains("Taken over by node node-a"));
	}

	@Test
	void aLiveNodesDeliveriesAndOurOwnStayWhereTheyAre() {
		UUID otherRun = UUID.randomUUID();
		tables.nodes.put("node-b", new NodeBeat("node-b", otherRun, NOW.minus(Duration.ofMinutes(29))));
		var others = tables.open(otherRun, "PROCESSING", 1);
		var service = start();
		var ours = tables.open(membership.run().runId(), "PUBLISHED", 1);

		var pass = service.recover();

		assertThat(pass.takenOver()).isZero();
		assertThat(others.status).isEqualTo("PROCESSING");
		assertThat(ours.status).isEqualTo("PUBLISHED");
	}

	@Test
	void aNodeSilentPastTheTimeoutIsTakenOverOnceAndExhaustedDeliveriesAreLeftToTheRetryRound() {
		UUID deadRun = UUID.randomUUID();
		tables.nodes.put("node-c", new NodeBeat("node-c", deadRun, NOW.minus(Duration.ofMinutes(31))));
		var due = tables.open(deadRun, "PROCESSING", 1);
		var exhausted = tables.open(deadRun, "RESUBMITTED", 4);
		var service = start();

		var first = service.recover();
		var second = service.recover();

		assertThat(first.takenOver()).isEqualTo(2);
		assertThat(first.resubmitted()).isOne();
		assertThat(tables.resubmitted).containsExactly(due.id);
		assertThat(exhausted.status).isEqualTo("FAILED");
		assertThat(second.takenOver()).isZero();
	}

	@Test
	void nodesSilentForLongAreForgotten() {
		tables.nodes.put("node-d", new NodeBeat("node-d", UUID.randomUUID(), NOW.minus(Duration.ofDays(8))));

		start().recover();

		assertThat(tables.nodes).containsOnlyKeys("node-a");
	}

	private RecoveryService start() {
		membership = new NodeMembership(tables, tables, properties);
		tables.resubmitter = membership.run().runId();
		var delivery = new EventDeliveryProperties(new EventDeliveryProperties.Retry(4, Duration.ofSeconds(5), 2.0,
				Duration.ofMinutes(10), 0.0, Duration.ofSeconds(5), 200), new EventDeliveryProperties.Inbox(
						Duration.ofDays(30)), new EventDeliveryProperties.Waiting(Duration.ofSeconds(10),
								Duration.ofMinutes(1), Duration.ofHours(2)));
		return new RecoveryService(membership, tables, tables, tables, registry, properties, delivery,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}
}

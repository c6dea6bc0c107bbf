package org.distributionhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.application.StaleDeliveries.InFlight;
import org.distributionhub.platform.domain.NodeBeat;
import org.distributionhub.shared.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaleDeliveriesTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
	private static final Duration LIMIT = Duration.ofMinutes(2);
	private static final Instant PUBLISHED = NOW.minus(Duration.ofMinutes(4));

	private final InMemoryRecoveryTables tables = new InMemoryRecoveryTables(NOW);
	private final EventRecoveryProperties properties = new EventRecoveryProperties(true, null, Path.of("unused"),
			Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofSeconds(10), Duration.ofDays(7));
	private final MovableClock clock = new MovableClock(NOW);
	private final DeliveriesInProgress deliveries = new DeliveriesInProgress(clock);
	private final NodeMembership membership = new NodeMembership(tables, tables, properties);
	private final StaleDeliveries stale = new StaleDeliveries(deliveries, membership, tables, properties,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@AfterEach
	void stopHeartbeatAndEndDeliveries() {
		membership.destroy();
		for (int delivery = 0; delivery < 3; delivery++) {
			deliveries.end();
		}
	}

	@Test
	void thisRunsPublicationsAreStaleOnlyOnceTheirDeliveryRanLongerThanTheLimit() {
		UUID self = membership.run().runId();
		var queued = new InFlight(UUID.randomUUID(), self, PUBLISHED);
		var hung = new InFlight(UUID.randomUUID(), self, PUBLISHED);
		var running = new InFlight(UUID.randomUUID(), self, PUBLISHED);
		start(hung, NOW.minus(Duration.ofMinutes(3)));
		start(running, NOW.minus(Duration.ofMinutes(1)));

		assertThat(stale.staleAmong(List.of(queued, hung, running), LIMIT)).containsExactly(hung.id());
	}

	@Test
	void aLiveRunsPublicationsAreLeftToItAndDeadOrUnstampedOnesKeepThePublicationRule() {
		UUID live = UUID.randomUUID();
		UUID dead = UUID.randomUUID();
		tables.nodes.put("node-b", new NodeBeat("node-b", live, NOW.minusSeconds(1)));
		tables.nodes.put("node-c", new NodeBeat("node-c", dead, NOW.minus(Duration.ofMinutes(31))));
		var ofLiveRun = new InFlight(UUID.randomUUID(), live, PUBLISHED);
		var ofDeadRun = new InFlight(UUID.randomUUID(), dead, PUBLISHED);
		var unstamped = new InFlight(UUID.randomUUID(), null, PUBLISHED);

		assertThat(stale.staleAmong(List.of(ofLiveRun, ofDeadRun, unstamped), LIMIT))
			.containsExactlyInAnyOrder(ofDeadRun.id(), unstamped.id());
	}

	@Test
	void aDeliveryThatEndedJustNowIsWaitingForItsMarkNotStale() {
		var ended = new InFlight(UUID.randomUUID(), membership.run().runId(), PUBLISHED);
		start(ended, NOW.minus(Duration.ofMinutes(3)));
		clock.set(NOW.minusSeconds(5));
		deliveries.end();

		assertThat(stale.staleAmong(List.of(ended), LIMIT)).isEmpty();
	}

	@Test
	void oneStillInFlightLongAfterItsDeliveryEndedLostItsFailedMarkAndIsStale() {
		var lostMark = new InFlight(UUID.randomUUID(), membership.run().runId(), PUBLISHED);
		start(lostMark, NOW.minus(Duration.ofMinutes(3)));
		clock.set(NOW.minus(Duration.ofMinutes(2)));
		deliveries.end();

		assertThat(stale.staleAmong(List.of(lostMark), LIMIT)).containsExactly(lostMark.id());
	}

	@Test
	void aLostMarkIsStaleItsGraceAfterItsDeliveryEndedThoughItWasPublishedWithinTheLimit() {
		var lostMark = new InFlight(UUID.randomUUID(), membership.run().runId(), NOW.minusSeconds(45));
		start(lostMark, NOW.minusSeconds(44));
		clock.set(NOW.minus(StaleDeliveries.MARK_GRACE).minusSeconds(1));
		deliveries.end();

		assertThat(StaleDeliveries.lookBack(LIMIT)).isEqualTo(StaleDeliveries.MARK_GRACE);
		assertThat(stale.staleAmong(List.of(lostMark), LIMIT)).containsExactly(lostMark.id());
	}

	@Test
	void deadOrUnstampedOnesPublishedWithinTheLimitAreNotStale() {
		UUID dead = UUID.randomUUID();
		tables.nodes.put("node-c", new NodeBeat("node-c", dead, NOW.minus(Duration.ofMinutes(31))));
		var ofDeadRun = new InFlight(UUID.randomUUID(), dead, NOW.minusSeconds(45));
		var unstamped = new InFlight(UUID.randomUUID(), null, NOW.minusSeconds(45));

		assertThat(stale.staleAmong(List.of(ofDeadRun, unstamped), LIMIT)).isEmpty();
	}

	@Test
	void aDeliveryCompletedInTheListenersTransactionIsNotRemembered() {
		var completed = new InFlight(UUID.randomUUID(), membership.run().runId(), PUBLISHED);
		start(completed, NOW.minus(Duration.ofMinutes(3)));
		deliveries.committed(completed.id());
		deliveries.end();

		assertThat(deliveries.endedUncompleted(completed.id())).isNull();
		assertThat(stale.staleAmong(List.of(completed), LIMIT)).isEmpty();
	}

	@Test
	void aDeliveryStartedAgainIsJudgedByItsNewStart() {
		var again = new InFlight(UUID.randomUUID(), membership.run().runId(), PUBLISHED);
		start(again, NOW.minus(Duration.ofMinutes(3)));
		clock.set(NOW.minus(Duration.ofMinutes(2)));
		deliveries.end();
		start(again, NOW.minusSeconds(10));

		assertThat(stale.staleAmong(List.of(again), LIMIT)).isEmpty();
	}

	@Test
	void aFailedMarkWrittenOnTheDeliveringThreadLeavesNothingToJudgeLater() {
		var retried = new InFlight(UUID.randomUUID(), membership.run().runId(), PUBLISHED);
		start(retried, NOW.minus(Duration.ofMinutes(3)));
		deliveries.outcomeWritten(retried.id());
		clock.set(NOW.minus(Duration.ofMinutes(2)));
		deliveries.end();

		assertThat(deliveries.endedUncompleted(retried.id())).isNull();
		assertThat(stale.staleAmong(List.of(retried), LIMIT)).isEmpty();
	}

	@Test
	void oneOfThisRunNeverStartedLongAfterItWasPublishedWasNeverDispatchedAndIsStale() {
		UUID self = membership.run().runId();
		var queuedRecently = new InFlight(UUID.randomUUID(), self, NOW.minus(LIMIT.multipliedBy(3)));
		var neverDispatched = new InFlight(UUID.randomUUID(), self,
				NOW.minus(LIMIT.multipliedBy(StaleDeliveries.NEVER_STARTED_FACTOR)).minusSeconds(1));

		assertThat(stale.staleAmong(List.of(queuedRecently, neverDispatched), LIMIT))
			.containsExactly(neverDispatched.id());
	}

	@Test
	void oneWhoseTransactionsCommitFailedIsStaleOnceTheMarkGraceIsOver() {
		UUID self = membership.run().runId();
		var unknown = new InFlight(UUID.randomUUID(), self, NOW.minus(LIMIT));
		var whileGrace = new InFlight(UUID.randomUUID(), self, NOW.minus(LIMIT));
		clock.set(NOW.minus(StaleDeliveries.MARK_GRACE).minusSeconds(1));
		deliveries.commitOutcomeUnknown(List.of(unknown.id()));
		clock.set(NOW);
		deliveries.commitOutcomeUnknown(List.of(whileGrace.id()));

		assertThat(stale.staleAmong(List.of(unknown, whileGrace), LIMIT)).containsExactly(unknown.id());
	}

	/** Starts the delivery on this thread, inside any delivery started before (as a nested delivery would). */
	private void start(InFlight publication, Instant at) {
		clock.set(at);
		deliveries.begin("listener");
		assertThat(deliveries.starting(publication.id())).isTrue();
	}
}

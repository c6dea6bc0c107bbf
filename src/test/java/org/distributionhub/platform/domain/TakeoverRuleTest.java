package org.distributionhub.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TakeoverRuleTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private final TakeoverRule rule = new TakeoverRule(Duration.ofSeconds(30));
	private final NodeRun self = new NodeRun("node-a", UUID.randomUUID());

	@Test
	void anEarlierRunOfARestartedNodeIsDeadAtOnce() {
		UUID earlier = UUID.randomUUID();

		var dead = rule.deadRuns(List.of(earlier), List.of(new NodeBeat("node-a", self.runId(), NOW)), NOW, self);

		assertThat(dead).containsExactly(earlier);
	}

	@Test
	void aNodeBeatingWithinTheTimeoutIsAliveUpToTheLimitItself() {
		UUID justNow = UUID.randomUUID();
		UUID atTheLimit = UUID.randomUUID();
		var nodes = List.of(new NodeBeat("node-b", justNow, NOW.minusSeconds(1)),
				new NodeBeat("node-c", atTheLimit, NOW.minusSeconds(30)));

		assertThat(rule.deadRuns(List.of(justNow, atTheLimit), nodes, NOW, self)).isEmpty();
	}

	@Test
	void aNodeSilentLongerThanTheTimeoutIsDead() {
		UUID silent = UUID.randomUUID();
		var nodes = List.of(new NodeBeat("node-b", silent, NOW.minusSeconds(30).minusMillis(1)));

		assertThat(rule.deadRuns(List.of(silent), nodes, NOW, self)).containsExactly(silent);
	}

	@Test
	void aHubNeverTakesItsOwnRunsDeliveriesEvenWhenItsHeartbeatIsLate() {
		var nodes = List.of(new NodeBeat("node-a", self.runId(), NOW.minus(Duration.ofHours(1))));

		assertThat(rule.deadRuns(List.of(self.runId()), nodes, NOW, self)).isEmpty();
	}

	@Test
	void onlyRunsWithDeliveriesInFlightAreNamed() {
		UUID silentWithNothingInFlight = UUID.randomUUID();
		var nodes = List.of(new NodeBeat("node-b", silentWithNothingInFlight, NOW.minus(Duration.ofHours(1))));

		assertThat(rule.deadRuns(List.of(), nodes, NOW, self)).isEmpty();
		assertThat(rule.aliveSince(NOW)).isEqualTo(NOW.minusSeconds(30));
	}

	@Test
	void theTimeoutMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TakeoverRule(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new NodeRun(" ", UUID.randomUUID()));
	}
}

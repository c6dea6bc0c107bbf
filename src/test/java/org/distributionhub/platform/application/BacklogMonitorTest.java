package org.distributionhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.distributionhub.platform.ports.out.WaitingPublications;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class BacklogMonitorTest {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	private WaitingPublications.Waiting waiting = new WaitingPublications.Waiting(0, null);
	private boolean databaseDown;
	private int queued;

	private final BacklogMonitor monitor = monitor(true);

	@Test
	void intakeIsRefusedFromTheSampleThatPassesALimitUntilOneIsBackWithin() {
		assertThat(monitor.backlog().refusing()).isFalse();
		assertThat(monitor.backlog().sampledAt()).isNull();

		waiting = new WaitingPublications.Waiting(3, NOW.minusSeconds(75));
		monitor.sample();
		var behind = monitor.backlog();
		assertThat(behind.refusing()).isTrue();
		assertThat(behind.waiting()).isEqualTo(3);
		assertThat(behind.oldestAge()).isEqualTo(Duration.ofSeconds(75));
		assertThat(behind.sampledAt()).isEqualTo(NOW);

		waiting = new WaitingPublications.Waiting(1, NOW.minusSeconds(5));
		monitor.sample();
		assertThat(monitor.backlog().refusing()).isFalse();

		queued = 11;
		monitor.sample();
		assertThat(monitor.backlog().refusing()).as("the in-memory queue counts too").isTrue();
	}

	@Test
	void aSampleTheDatabaseCannotAnswerKeepsTheOneBefore() {
		waiting = new WaitingPublications.Waiting(11, NOW);
		monitor.sample();
		databaseDown = true;
		monitor.sample();
		assertThat(monitor.backlog().waiting()).isEqualTo(11);
		assertThat(monitor.backlog().refusing()).isTrue();
	}

	@Test
	void switchedOffItReportsTheBacklogAndNeverRefuses() {
		var off = monitor(false);
		waiting = new WaitingPublications.Waiting(500, NOW.minusSeconds(3600));
		off.sample();
		assertThat(off.backlog().waiting()).isEqualTo(500);
		assertThat(off.backlog().refusing()).isFalse();
	}

	private BacklogMonitor monitor(boolean enabled) {
		WaitingPublications publications = () -> {
			if (databaseDown) {
				throw new DataAccessResourceFailureException("database down");
			}
			return waiting;
		};
		return new BacklogMonitor(publications, () -> queued, new BackpressureProperties(enabled, 10,
				Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(2)),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}
}

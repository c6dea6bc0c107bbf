package org.distributionhub.console.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.distributionhub.console.ports.in.BusinessImpact;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentKind;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void aRuleRaisesEveryIncidentOfItsKindsOldEnoughOnceThereAreEnough() {
		var rule = new AlertRule("acks", "Acks", Set.of(IncidentKind.ACKNOWLEDGEMENT_OVERDUE), 2, Duration.ofMinutes(10),
				true);
		var old = incident(IncidentKind.ACKNOWLEDGEMENT_OVERDUE, "PO-1", NOW.minus(Duration.ofMinutes(10)));
		var young = incident(IncidentKind.ACKNOWLEDGEMENT_OVERDUE, "PO-2", NOW.minus(Duration.ofMinutes(9)));
		var older = incident(IncidentKind.ACKNOWLEDGEMENT_OVERDUE, "PO-3", NOW.minus(Duration.ofHours(1)));
		var otherKind = incident(IncidentKind.DOCUMENT_PARKED, "doc", NOW.minus(Duration.ofHours(1)));

		assertThat(rule.raisedBy(List.of(old, young, otherKind), NOW)).isEmpty();
		assertThat(rule.raisedBy(List.of(old, young, older, otherKind), NOW)).containsExactly(old, older);
		assertThat(new AlertRule("acks", "Acks", rule.kinds(), 2, rule.minAge(), false)
			.raisedBy(List.of(old, older), NOW)).isEmpty();
	}

	@Test
	void aRuleNeedsAnIdKindsAndSensibleThresholds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertRule("Bad Id", "x", Set.of(IncidentKind.ORDER_STUCK), 1, Duration.ZERO, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertRule("ok", "x", Set.of(), 1, Duration.ZERO, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertRule("ok", "x", Set.of(IncidentKind.ORDER_STUCK), 0, Duration.ZERO, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertRule("ok", " ", Set.of(IncidentKind.ORDER_STUCK), 1, Duration.ZERO, true));
	}

	@Test
	void retriesBackOffDoublingUpToTheirLimitThenGiveUp() {
		var retry = new NotificationRetry(4, Duration.ofSeconds(30), Duration.ofMinutes(1));
		assertThat(retry.nextAttempt(1, NOW)).contains(NOW.plusSeconds(30));
		assertThat(retry.nextAttempt(2, NOW)).contains(NOW.plusSeconds(60));
		assertThat(retry.nextAttempt(3, NOW)).contains(NOW.plusSeconds(60));
		assertThat(retry.nextAttempt(4, NOW)).isEmpty();
	}

	private static Incident incident(IncidentKind kind, String key, Instant since) {
		return new Incident(kind, key, since, "", BusinessImpact.none(), "/console");
	}
}

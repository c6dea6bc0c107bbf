package org.distributionhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.platform.api.ResubmitDeliveries.ResubmitDeliveriesCommand;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.junit.jupiter.api.Test;

class DeliveryServiceTest {

	private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

	private final InMemoryPublicationRegistry registry = new InMemoryPublicationRegistry();
	private final RecordingAudit audit = new RecordingAudit();
	private final DeliveryService service = new DeliveryService(registry, registry, registry, audit,
			new EventDeliveryProperties(new EventDeliveryProperties.Retry(4, Duration.ofSeconds(10), 2.0,
					Duration.ofMinutes(5), 0.0, Duration.ofSeconds(5), 100), new EventDeliveryProperties.Inbox(
							Duration.ofDays(30)), new EventDeliveryProperties.Waiting(Duration.ofSeconds(10),
									Duration.ofMinutes(1), Duration.ofHours(2))),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aRoundResubmitsOnlyWhatIsDueAndDeadLettersWhatIsExhausted() {
		var due = registry.fail("inventory.on-po", 2, NOW.minusSeconds(21));
		var notYetDue = registry.fail("inventory.on-po", 2, NOW.minusSeconds(19));
		var exhausted = registry.fail("order.on-stock", 4, NOW.minusSeconds(600));

		var round = service.retryDue();

		assertThat(round.resubmitted()).isEqualTo(1);
		assertThat(round.deadLettered()).isEqualTo(1);
		assertThat(registry.resubmitted).containsExactly(due.id());
		assertThat(registry.failed).containsKey(notYetDue.id()).doesNotContainKey(exhausted.id());
		assertThat(registry.deadLetters.get(exhausted.id())).isEqualTo("Gave up after 4 attempts (limit 4)");
	}

	@Test
	void aWaitingDeliveryUsesNoAttemptsIsNeverDeadLetteredAndIsTriedOnTheWaitingSchedule() {
		var waiting = registry.fail("erpgateway.order-invoice", 4, NOW.minusSeconds(3600));
		var longWaiting = registry.fail("erpgateway.order-invoice", 4, NOW.minusSeconds(3600));
		for (int wait = 0; wait < 3; wait++) {
			registry.recordWait(new DeliveryAttempts.Wait(waiting.id(), "the shipment posting", "why",
					NOW.minusSeconds(3600), NOW.minusSeconds(49), 1));
		}
		for (int wait = 0; wait < 8; wait++) {
			registry.recordWait(new DeliveryAttempts.Wait(longWaiting.id(), "the shipment posting", "why",
					NOW.minusSeconds(3600), NOW.minusSeconds(47), 1));
		}

		var round = service.retryDue();

		// Four attempts at a limit of four, but the three waits gave theirs back; 10 s doubling: 40 s (+/- 20 %) after 3.
		assertThat(registry.failed.get(waiting.id()).attempts()).isEqualTo(1);
		assertThat(round.deadLettered()).isZero();
		assertThat(registry.resubmitted).containsExactly(waiting.id());
		// After eight waits the wait is at its maximum of a minute (+/- 20 %), not yet over for the other one.
		assertThat(registry.failed).containsKey(longWaiting.id());
	}

	@Test
	void moreWaitsThanTheBatchDoNotCrowdANewerFailureOutOfTheRound() {
		for (int waiting = 0; waiting < 150; waiting++) {
			var wait = registry.fail("supplier.released-purchase-order", 1, NOW.minusSeconds(5));
			registry.recordWait(new DeliveryAttempts.Wait(wait.id(), "the supplier's profile", "why",
					NOW.minusSeconds(3600), NOW.minusSeconds(5), 9));
		}
		var newer = registry.fail("inventory.on-po", 1, NOW.minusSeconds(30));

		service.retryDue();

		assertThat(registry.resubmitted).containsExactly(newer.id());
	}

	@Test
	void theBackoffCountsFromWhenTheLastAttemptFailedNotWhenItStarted() {
		// Both started a minute ago; after two attempts the backoff is 20 s.
		var failedLate = registry.fail("inventory.on-po", 2, NOW.minusSeconds(60));
		record(failedLate.id(), NOW.minusSeconds(15));
		var failedEarly = registry.fail("inventory.on-po", 2, NOW.minusSeconds(60));
		record(failedEarly.id(), NOW.minusSeconds(21));

		service.retryDue();

		assertThat(registry.resubmitted).containsExactly(failedEarly.id());
	}

	@Test
	void anExhaustedPublicationWhoseLastAttemptMayStillRunIsNotDeadLetteredYet() {
		var running = registry.fail("inventory.on-po", 4, NOW.minusSeconds(30));
		var failedForGood = registry.fail("inventory.on-po", 4, NOW.minusSeconds(30));
		record(failedForGood.id(), NOW.minusSeconds(10));

		var round = service.retryDue();

		assertThat(round.deadLettered()).isEqualTo(1);
		assertThat(registry.deadLetters).containsOnlyKeys(failedForGood.id());
		assertThat(registry.failed).containsKey(running.id());
		assertThat(registry.resubmitted).isEmpty();
	}

	@Test
	void aPublicationWhoseEventCannotBeReadIsDeadLetteredWithTheReason() {
		var unreadable = registry.fail("inventory.on-po", 1, NOW.minusSeconds(60));
		registry.unreadable.put(unreadable.id(), "The stored event can no longer be read: no field 'sku'");

		var round = service.retryDue();

		assertThat(round.deadLettered()).isEqualTo(1);
		assertThat(registry.deadLetters.get(unreadable.id())).contains("no field 'sku'");
	}

	@Test
	void publicationsOfAnEventTypeThisHubNoLongerKnowsAreDeadLettered() {
		var known = registry.fail("inventory.on-po", 1, NOW);
		var unknown = new org.distributionhub.platform.ports.out.FailedPublication(java.util.UUID.randomUUID(),
				"inventory.on-po", "org.distributionhub.gone.EventRemovedLongAgo", NOW, 1, null);
		registry.failed.put(unknown.id(), unknown);

		service.retryDue();

		assertThat(registry.deadLetters.get(unknown.id()))
			.isEqualTo("The event type org.distributionhub.gone.EventRemovedLongAgo is unknown to this hub");
		assertThat(registry.failed).containsKey(known.id());
	}

	private void record(java.util.UUID publication, Instant failedAt) {
		registry.record(new org.distributionhub.platform.ports.out.DeliveryAttempts.FailedAttempt(publication,
				"inventory.on-po", null, "x", 1, failedAt, "java.io.IOException", "ERP timed out", null));
	}

	@Test
	void resubmittingGivesAFreshBudgetAndLeavesAnAuditEntry() {
		var failed = registry.fail("inventory.on-po", 3, NOW.minusSeconds(1));
		var deadLetter = registry.fail("order.on-stock", 4, NOW.minusSeconds(600));
		service.retryDue();

		var result = service.resubmit(new ResubmitDeliveriesCommand(List.of(failed.id(), deadLetter.id(),
				java.util.UUID.randomUUID()), DeliveryFilter.none(), "olga", "ERP is back up"));

		assertThat(result.resubmitted()).isEqualTo(2);
		assertThat(result.skipped()).isEqualTo(1);
		assertThat(registry.failed.get(failed.id()).attempts()).isZero();
		assertThat(registry.failed).containsKey(deadLetter.id());
		assertThat(registry.deadLetters).isEmpty();
		assertThat(audit.entries).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("olga");
			assertThat(entry.action()).isEqualTo("RESUBMIT_DELIVERIES");
			assertThat(entry.reason()).isEqualTo("ERP is back up");
			assertThat(entry.target()).contains(failed.id().toString()).contains("3 publication(s)");
			assertThat(entry.outcome()).isEqualTo("2 resubmitted, 1 no longer failed");
		});
	}

	@Test
	void aFilteredResubmissionTakesEveryMatchingDelivery() {
		registry.fail("inventory.on-po", 1, NOW);
		registry.fail("inventory.on-po", 2, NOW);
		registry.fail("order.on-stock", 1, NOW);

		var result = service.resubmit(new ResubmitDeliveriesCommand(null,
				new DeliveryFilter(null, "inventory", PublicationStatus.FAILED), "olga", "mapping fixed"));

		assertThat(result.resubmitted()).isEqualTo(2);
		assertThat(audit.entries.get(0).target()).startsWith("filter[eventType=null, listener=inventory, status=FAILED]");
	}

	@Test
	void aResubmissionWithoutReasonOrActorIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResubmitDeliveriesCommand(null, DeliveryFilter.none(), "olga", "  "))
			.withMessage("A resubmission needs a reason");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResubmitDeliveriesCommand(null, DeliveryFilter.none(), "", "because"))
			.withMessageContaining("who asks");
		assertThat(audit.entries).isEmpty();
	}

	/** Keeps audit entries in memory. */
	static class RecordingAudit implements AdminAudit {

		final List<AdminAuditEntryView> entries = new ArrayList<>();

		@Override
		public AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome) {
			var entry = new AdminAuditEntryView(entries.size() + 1, NOW, actor, action, target, reason, outcome);
			entries.add(entry);
			return entry;
		}

		@Override
		public PageOf<AdminAuditEntryView> find(int page, int size) {
			return new PageOf<>(entries, page, size, entries.size());
		}
	}
}

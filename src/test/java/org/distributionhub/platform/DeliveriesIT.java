package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.FindEventLog;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.platform.api.ResubmitDeliveries;
import org.distributionhub.platform.api.ResubmitDeliveries.ResubmitDeliveriesCommand;
import org.distributionhub.probereceiver.ProbeReceiver;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A dead letter seen with its history, resubmitted by an operator, completed, and found again in the event log. */
@SpringBootTest
class DeliveriesIT {

	@Autowired
	ProbeSender sender;

	@Autowired
	FindDeliveries deliveries;

	@Autowired
	ResubmitDeliveries resubmit;

	@Autowired
	FindEventLog eventLog;

	@Autowired
	AdminAudit audit;

	@Test
	void aDeadLetterIsShownWithItsHistoryResubmittedAuditedAndCompleted() {
		Instant before = Instant.now().minusSeconds(1);
		var probe = sender.send("resubmit-me-" + java.util.UUID.randomUUID(), 4);
		var byPayload = new EventLogFilter(null, null, null, null, null, probe.eventId().toString());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> statusOf(byPayload), status -> status == PublicationStatus.DEAD_LETTERED);

		var entry = eventLog.find(byPayload, 0, 10).items().get(0);
		var delivery = deliveries.find(entry.publicationId()).orElseThrow();
		assertThat(delivery.status()).isEqualTo(PublicationStatus.DEAD_LETTERED);
		assertThat(delivery.attempts()).isEqualTo(4);
		assertThat(delivery.lastError()).startsWith("Gave up after 4 attempts (limit 4); last error: "
				+ "IllegalStateException: Probe " + probe.payload() + " refused on invocation 4");
		assertThat(delivery.history()).extracting(it -> it.attempt()).containsExactly(1, 2, 3, 4);
		assertThat(deliveries.find(new DeliveryFilter(null, ProbeReceiver.LISTENER_ID, PublicationStatus.DEAD_LETTERED),
				0, 500).items()).extracting(it -> it.publicationId()).contains(entry.publicationId());

		var result = resubmit.resubmit(new ResubmitDeliveriesCommand(List.of(entry.publicationId()),
				DeliveryFilter.none(), "operator-olga", "receiver fixed"));

		assertThat(result.resubmitted()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> statusOf(byPayload), status -> status == PublicationStatus.COMPLETED);
		assertThat(audit.find(0, 20).items()).anySatisfy(it -> {
			assertThat(it.actor()).isEqualTo("operator-olga");
			assertThat(it.reason()).isEqualTo("receiver fixed");
			assertThat(it.target()).contains(entry.publicationId().toString());
			assertThat(it.outcome()).isEqualTo("1 resubmitted, 0 no longer failed");
		});
		assertThat(deliveries.find(entry.publicationId())).isEmpty();

		assertThat(find(new EventLogFilter("ProbeSent", ProbeReceiver.LISTENER_ID, PublicationStatus.COMPLETED, before,
				Instant.now().plusSeconds(1), probe.payload()))).hasSize(1);
		assertThat(find(new EventLogFilter(null, null, PublicationStatus.DEAD_LETTERED, null, null,
				probe.payload()))).isEmpty();
		assertThat(find(new EventLogFilter(null, null, null, before.minusSeconds(3600), before, probe.payload())))
			.isEmpty();
		assertThat(find(new EventLogFilter("NoSuchEvent", null, null, null, null, probe.payload()))).isEmpty();
		var exported = new ArrayList<EventLogEntryView>();
		eventLog.forEach(byPayload, exported::add);
		assertThat(exported).singleElement().satisfies(it -> assertThat(it.payload()).contains(probe.payload()));
	}

	@Test
	void aResubmissionOfSomethingNoLongerFailedChangesNothingButIsAudited() {
		var result = resubmit.resubmit(new ResubmitDeliveriesCommand(List.of(java.util.UUID.randomUUID()),
				DeliveryFilter.none(), "operator-olga", "checking a stale link"));

		assertThat(result.resubmitted()).isZero();
		assertThat(result.skipped()).isEqualTo(1);
		assertThat(audit.find(0, 5).items().get(0).reason()).isEqualTo("checking a stale link");
	}

	private List<EventLogEntryView> find(EventLogFilter filter) {
		return eventLog.find(filter, 0, 50).items();
	}

	private PublicationStatus statusOf(EventLogFilter filter) {
		var items = eventLog.find(filter, 0, 10).items();
		return items.isEmpty() ? null : items.get(0).status();
	}
}

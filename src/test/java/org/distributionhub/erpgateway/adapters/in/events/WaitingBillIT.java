package org.distributionhub.erpgateway.adapters.in.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.erpgateway.VendorBillEvents;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.PublicationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drill of a vendor bill whose goods receipt posting comes much later than its attempts' worth of backoff (4
 * attempts here, about 2 s): the bill's delivery waits, on its own schedule and using no attempts, is never
 * dead-lettered, and is recorded after the receipt once the receipt arrives. A wait past its deadline shows in the
 * operations cockpit while the delivery keeps waiting.
 */
@SpringBootTest(properties = { "hub.erp.dispatch.enabled=false", "hub.erp.adapter=file",
		"hub.erp.file.outbox=target/erp-outbox/waiting-bills", "hub.events.waiting.retry-interval=200ms",
		"hub.events.waiting.max-retry-interval=400ms", "hub.events.waiting.deadline=4s" })
class WaitingBillIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	ApplicationContext context;

	@Autowired
	FindDeliveries deliveries;

	@Autowired
	FindIncidents incidents;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String po = "PO-" + run;

	@Test
	void aBillWaitsForALateReceiptWithoutUsingAttemptsAndIsPostedAfterIt() {
		var events = new VendorBillEvents(context);
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, "10", "A-1", 4, "R-" + run));
		UUID publication = awaitPublication();

		// Far more tries than the 4 attempts a failure gets.
		await().atMost(WAIT).until(() -> waits(publication) >= 12);
		var waiting = deliveries.find(publication).orElseThrow();
		assertThat(waiting.status()).isEqualTo(PublicationStatus.WAITING);
		assertThat(waiting.waiting().waitingFor()).isEqualTo("the goods receipt posting of R-" + run
				+ " at WH-1 (receipt:WH-1:R-" + run + ")");
		assertThat(waiting.waiting().deadline()).isEqualTo(waiting.waiting().since().plusSeconds(4));
		assertThat(attemptsInTheRegistry(publication)).isLessThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT error_type FROM delivery_attempt WHERE publication_id = ?")
			.param(publication)
			.query(String.class)
			.list()).containsExactly("Waiting");
		assertThat(deadLettered(publication)).isZero();
		assertThat(events.of(po)).isEmpty();

		events.publish(VendorBillEvents.receipt(po, "R-" + run, "10", "A-1", 4));
		events.awaitRecorded(po, 2);

		assertThat(events.of(po)).extracting(PostingView::type, PostingView::sequence)
			.containsExactly(tuple("GOODS_RECEIPT", 1L), tuple("VENDOR_BILL", 2L));
		await().atMost(WAIT).until(() -> deliveries.find(publication).isEmpty());
		assertThat(deadLettered(publication)).isZero();
		assertThat(jdbc.sql("SELECT completion_attempts FROM event_publication_archive WHERE id = ?")
			.param(publication)
			.query(Integer.class)
			.single()).isLessThanOrEqualTo(1);
	}

	@Test
	void aWaitPastItsDeadlineIsAnIncidentWhileTheDeliveryKeepsWaiting() {
		var events = new VendorBillEvents(context);
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, "10", "A-1", 4, "R-" + run));
		UUID publication = awaitPublication();

		await().atMost(WAIT)
			.until(() -> incidents.current()
				.stream()
				.anyMatch(incident -> incident.kind() == IncidentKind.DELIVERY_WAITING_TOO_LONG
						&& incident.businessKey().equals("publication " + publication)));
		var incident = incidents.current()
			.stream()
			.filter(it -> it.businessKey().equals("publication " + publication))
			.findFirst()
			.orElseThrow();
		assertThat(incident.summary()).contains("for the goods receipt posting of R-" + run)
			.contains("still waiting");
		DeliveryView still = deliveries.find(publication).orElseThrow();
		assertThat(still.status()).isEqualTo(PublicationStatus.WAITING);
		assertThat(deadLettered(publication)).isZero();

		events.publish(VendorBillEvents.receipt(po, "R-" + run, "10", "A-1", 4));
		events.awaitRecorded(po, 2);
		await().atMost(WAIT)
			.until(() -> incidents.current().stream().noneMatch(it -> it.businessKey().equals("publication " + publication)));
	}

	private UUID awaitPublication() {
		return await().atMost(WAIT)
			.until(() -> jdbc.sql("SELECT id FROM event_publication WHERE listener_id = 'erpgateway.vendor-bill' "
					+ "AND serialized_event LIKE ?").param("%INV-" + run + "%").query(UUID.class).optional(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	private int waits(UUID publication) {
		return deliveries.find(publication)
			.map(DeliveryView::waiting)
			.map(DeliveryView.Waiting::waits)
			.orElse(0);
	}

	private int attemptsInTheRegistry(UUID publication) {
		return jdbc.sql("SELECT completion_attempts FROM event_publication WHERE id = ?")
			.param(publication)
			.query(Integer.class)
			.single();
	}

	private long deadLettered(UUID publication) {
		return jdbc.sql("SELECT COUNT(*) FROM event_dead_letter WHERE id = ?").param(publication).query(Long.class).single();
	}
}

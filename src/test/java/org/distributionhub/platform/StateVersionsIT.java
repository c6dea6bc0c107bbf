package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.FindEventLog;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged.ScheduledQuantity;
import org.distributionhub.supplier.events.PurchaseOrderIssued;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries of one purchase order's acknowledgements in the wrong order, as a crash leaves them: an older
 * acknowledgement of a line delivered after a newer one is acknowledged as superseded by every listener (inventory's
 * expected inbound, the ERP gateway), the lines it states newer are still applied, and the event log says which
 * states were left.
 */
@SpringBootTest
class StateVersionsIT {

	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	private static final LocalDate MAY_18 = LocalDate.of(2027, 5, 18);
	private static final Sku WIDGET = new Sku("SV-WIDGET");
	private static final Sku GADGET = new Sku("SV-GADGET");
	private static final String ERP_LISTENER = "erpgateway.po-acknowledgement";
	private static final String INVENTORY_LISTENER = "inventory.expected-inbound.po-acknowledged";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindEventLog eventLog;

	private final String poNumber = "SV-" + UUID.randomUUID().toString().substring(0, 8);
	private final CorrelationId flow = CorrelationId.random();

	@Test
	void anOlderAcknowledgementDeliveredLateIsSupersededLineByLineEverywhere() {
		publish(new PurchaseOrderIssued(UUID.randomUUID(), flow, "ACME", poNumber, 0, "DC-SV",
				List.of(new PurchaseOrderIssued.Line("1", WIDGET, ea(100), null, MAY_4),
						new PurchaseOrderIssued.Line("2", GADGET, ea(50), null, MAY_4))));
		await().atMost(Duration.ofSeconds(20)).until(() -> expected("1").compareTo(BigDecimal.valueOf(100)) == 0);

		// Version 3 cut line 1 to 40; it is delivered first.
		var newer = acknowledgement(3, line1(40));
		publish(newer);
		await().atMost(Duration.ofSeconds(20)).until(() -> expected("1").compareTo(BigDecimal.valueOf(40)) == 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> postings() == 1);

		// Version 2 (cut line 1 to 60, moved line 2) arrives late: line 2 is news, line 1 is not.
		var older = acknowledgement(2, line1(60), line2MovedTo(MAY_18));
		publish(older);
		await().atMost(Duration.ofSeconds(20)).until(() -> postings() == 2 && dateOf("2").equals(MAY_18));
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(older.eventId()) == 2);

		assertThat(expected("1")).isEqualByComparingTo(BigDecimal.valueOf(40));
		assertThat(lastPosting().replace(" ", "")).contains("\"lineNumber\":\"2\"")
			.doesNotContain("\"lineNumber\":\"1\"");
		var lineOne = PurchaseOrderAcknowledged.lineObject("ACME", poNumber, "1");
		assertThat(supersededObjects(older.eventId())).containsOnly(lineOne);
		assertThat(logEntry(older, ERP_LISTENER).superseded()).isEqualTo(lineOne + " at version 2 (version 3 was applied)");
		assertThat(logEntry(older, INVENTORY_LISTENER).superseded()).contains(lineOne);
		assertThat(logEntry(newer, ERP_LISTENER).superseded()).isNull();

		// A delivery that states nothing newer is acknowledged without applying anything.
		var stale = acknowledgement(1, line1(70));
		publish(stale);
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(stale.eventId()) == 2);
		assertThat(postings()).isEqualTo(2);
		assertThat(expected("1")).isEqualByComparingTo(BigDecimal.valueOf(40));
		assertThat(supersededObjects(stale.eventId())).containsOnly(lineOne);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private PurchaseOrderAcknowledged acknowledgement(long version, PurchaseOrderAcknowledged.Line... lines) {
		return new PurchaseOrderAcknowledged(UUID.randomUUID(), flow, "ACME", poNumber, "DC-SV", "ACK-" + version,
				"API", List.of(lines), version);
	}

	private static PurchaseOrderAcknowledged.Line line1(long quantity) {
		return new PurchaseOrderAcknowledged.Line("1", WIDGET, Set.of(LineOutcome.QUANTITY_CHANGED), ea(100),
				ea(quantity), MAY_4, MAY_4, null, null, List.of(new ScheduledQuantity(ea(100), MAY_4)),
				List.of(new ScheduledQuantity(ea(quantity), MAY_4)), null, "IQ");
	}

	private static PurchaseOrderAcknowledged.Line line2MovedTo(LocalDate date) {
		return new PurchaseOrderAcknowledged.Line("2", GADGET, Set.of(LineOutcome.DATE_CHANGED), ea(50), ea(50), MAY_4,
				date, null, null, List.of(new ScheduledQuantity(ea(50), MAY_4)),
				List.of(new ScheduledQuantity(ea(50), date)), null, "DR");
	}

	private BigDecimal expected(String lineNumber) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(e.quantity), 0) FROM expected_inbound_entry e
				 WHERE e.supplier_id = 'ACME' AND e.po_number = ? AND e.line_number = ?""")
			.params(poNumber, lineNumber)
			.query(BigDecimal.class)
			.single();
	}

	private LocalDate dateOf(String lineNumber) {
		return jdbc.sql("""
				SELECT MIN(e.delivery_date) FROM expected_inbound_entry e
				 WHERE e.supplier_id = 'ACME' AND e.po_number = ? AND e.line_number = ?""")
			.params(poNumber, lineNumber)
			.query(LocalDate.class)
			.optional()
			.orElse(MAY_4);
	}

	private long postings() {
		return jdbc.sql("SELECT COUNT(*) FROM erp_posting WHERE business_key LIKE ?")
			.param("%" + poNumber + "%")
			.query(Long.class)
			.single();
	}

	private String lastPosting() {
		return jdbc.sql("SELECT payload FROM erp_posting WHERE business_key LIKE ? ORDER BY sequence_no DESC LIMIT 1")
			.param("%" + poNumber + "%")
			.query(String.class)
			.single();
	}

	private long completed(UUID eventId) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE ?")
			.param("%" + eventId + "%")
			.query(Long.class)
			.single();
	}

	private List<String> supersededObjects(UUID eventId) {
		return jdbc.sql("SELECT DISTINCT object_key FROM superseded_delivery WHERE event_id = ?")
			.param(eventId)
			.query(String.class)
			.list();
	}

	private EventLogEntryView logEntry(PurchaseOrderAcknowledged event, String listener) {
		return eventLog.find(new EventLogFilter(null, listener, null, null, null, event.eventId().toString()), 0, 10)
			.items()
			.stream()
			.filter(entry -> entry.payload().contains(event.eventId().toString()))
			.findFirst()
			.orElseThrow();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

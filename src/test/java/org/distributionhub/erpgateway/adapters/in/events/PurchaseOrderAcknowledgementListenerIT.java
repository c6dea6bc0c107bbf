package org.distributionhub.erpgateway.adapters.in.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged.ScheduledQuantity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** A supplier's acknowledgement, published by the supplier module, becomes one PO acknowledgement update posting. */
@SpringBootTest(properties = "hub.erp.dispatch.enabled=false")
class PurchaseOrderAcknowledgementListenerIT {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FindPostings postings;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();
	private final String po = "P-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anAcknowledgementIsRecordedOnceAsAnUpdateOfItsPurchaseOrder() {
		var acknowledged = new PurchaseOrderAcknowledged(UUID.randomUUID(), CorrelationId.random(), "ACME", po, "WH1",
				"ACK-1", "x12", List.of(new PurchaseOrderAcknowledged.Line("17", new Sku("A-1"),
						Set.of(LineOutcome.QUANTITY_CHANGED, LineOutcome.DATE_CHANGED), Quantity.of(100, UnitOfMeasure.EACH),
						Quantity.of(60, UnitOfMeasure.EACH), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-03"),
						Money.of("10.00", "EUR"), Money.of("9.50", "EUR"),
						List.of(new ScheduledQuantity(Quantity.of(100, UnitOfMeasure.EACH), LocalDate.parse("2026-12-01"))),
						List.of(new ScheduledQuantity(Quantity.of(60, UnitOfMeasure.EACH), LocalDate.parse("2026-12-03"))),
						null, null)), 1);

		publish(acknowledged);
		await().atMost(Duration.ofSeconds(20)).until(() -> !postings.byBusinessKey("PO:" + po).isEmpty());
		publish(acknowledged);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication "
				+ "WHERE listener_id = ? AND serialized_event LIKE ? AND completion_date IS NULL")
			.params(PurchaseOrderAcknowledgementListener.LISTENER_ID, "%" + po + "%").query(Long.class).single() == 0);

		assertThat(postings.byBusinessKey("PO:" + po)).singleElement().satisfies(posting -> {
			assertThat(posting.type()).isEqualTo("PO_ACKNOWLEDGEMENT_UPDATE");
			assertThat(posting.idempotencyKey()).isEqualTo(acknowledged.eventId().toString());
		});
		var payload = json.readTree(payloadOf(postings.byBusinessKey("PO:" + po).get(0)));
		assertThat(payload.path("poNumber").asString()).isEqualTo(po);
		assertThat(payload.path("acknowledged").asBoolean()).isTrue();
		var line = payload.path("lines").get(0);
		assertThat(line.path("lineNumber").asString()).isEqualTo("17");
		assertThat(line.path("sku").asString()).isEqualTo("A-1");
		assertThat(line.path("quantity").decimalValue()).isEqualByComparingTo("60");
		assertThat(line.path("date").asString()).isEqualTo("2026-12-03");
		assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("9.50");
		assertThat(line.path("currency").asString()).isEqualTo("EUR");
	}

	private String payloadOf(PostingView posting) {
		return jdbc.sql("SELECT payload FROM erp_posting WHERE id = ?").param(posting.id()).query(String.class).single();
	}

	private void publish(PurchaseOrderAcknowledged acknowledged) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(acknowledged));
	}
}

package org.distributionhub.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.inventory.events.InboundExpectationChanged.Expected;
import org.distributionhub.inventory.ports.in.DatedQuantity;
import org.distributionhub.inventory.ports.in.ExpectedInboundView.DateView;
import org.distributionhub.inventory.ports.in.ExpectedInboundView.TotalView;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.inventory.ports.in.RecordShipment.RecordShipmentCommand;
import org.distributionhub.inventory.ports.in.RescheduleInbound.RescheduleInboundCommand;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

/** The use cases over the in-memory store: what they publish, and what the query then shows. */
class ExpectedInboundServicesTest {

	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	private static final LocalDate MAY_11 = LocalDate.of(2027, 5, 11);
	private static final CorrelationId FLOW = new CorrelationId("flow-1");
	private static final Sku WIDGET = new Sku("WIDGET-1");
	private static final Sku GADGET = new Sku("GADGET-2");

	private final InMemoryExpectedInbounds inbounds = new InMemoryExpectedInbounds();
	private final List<InboundExpectationChanged> published = new ArrayList<>();
	private final ExpectationStore store = new ExpectationStore(inbounds,
			event -> published.add((InboundExpectationChanged) event));
	private final PurchaseOrderLinesRecorder purchaseOrders = new PurchaseOrderLinesRecorder(inbounds, store);
	private final InboundRescheduler acknowledgements = new InboundRescheduler(store);
	private final ShipmentRecorder shipments = new ShipmentRecorder(store);
	private final ExpectedInboundQueries queries = new ExpectedInboundQueries(inbounds);

	@Test
	void anIssuedOrderThenAnAcknowledgementPublishOneChangePerLineThatMoved() {
		assertThat(purchaseOrders.record(revision(1))).isEqualTo(2);
		published.clear();

		int changed = acknowledgements.reschedule(new RescheduleInboundCommand(FLOW, "ACME", "PO-1", "DC-EAST",
				List.of(new RescheduleInboundCommand.Line("1", WIDGET, List.of(dated(60, MAY_4))),
						new RescheduleInboundCommand.Line("2", GADGET, List.of(dated(50, MAY_11))))));

		assertThat(changed).as("line 2 was acknowledged as issued").isEqualTo(1);
		assertThat(published).singleElement().satisfies(event -> {
			assertThat(event.lineNumber()).isEqualTo("1");
			assertThat(event.sku()).isEqualTo(WIDGET);
			assertThat(event.location()).isEqualTo("DC-EAST");
			assertThat(event.before()).containsExactly(new Expected(ea(100), MAY_4));
			assertThat(event.after()).containsExactly(new Expected(ea(60), MAY_4));
			assertThat(event.cause()).isEqualTo("ACKNOWLEDGED");
			assertThat(event.correlationId()).isEqualTo(FLOW);
		});
	}

	@Test
	void theSameFactsAgainPublishNothing() {
		purchaseOrders.record(revision(1));
		var ack = new RescheduleInboundCommand(FLOW, "ACME", "PO-1", "DC-EAST",
				List.of(new RescheduleInboundCommand.Line("1", WIDGET, List.of(dated(60, null)))));
		acknowledgements.reschedule(ack);
		var notice = new RecordShipmentCommand(FLOW, "ACME", "ASN-1", MAY_11,
				List.of(new RecordShipmentCommand.Line("PO-1", "1", WIDGET, "DC-EAST", ea(20))));
		shipments.record(notice);
		published.clear();

		assertThat(purchaseOrders.record(revision(1))).isZero();
		assertThat(acknowledgements.reschedule(ack)).isZero();
		assertThat(shipments.record(notice)).isZero();
		assertThat(published).isEmpty();
	}

	@Test
	void anAcknowledgementBeforeItsOrderIsKeptWhenTheOrderArrives() {
		acknowledgements.reschedule(new RescheduleInboundCommand(FLOW, "ACME", "PO-1", "DC-EAST",
				List.of(new RescheduleInboundCommand.Line("1", WIDGET, List.of(dated(60, MAY_11))))));
		published.clear();

		purchaseOrders.record(revision(1));

		assertThat(published).as("only line 2 is new").singleElement().satisfies(it -> {
			assertThat(it.lineNumber()).isEqualTo("2");
			assertThat(it.cause()).isEqualTo("PO_ISSUED");
		});
		assertThat(queries.find(WIDGET, "DC-EAST")).singleElement()
			.satisfies(it -> assertThat(it.byDate()).containsExactly(date(MAY_11, 60, 0)));
	}

	@Test
	void aNewRevisionWithoutALineStopsExpectingIt() {
		purchaseOrders.record(revision(1));
		published.clear();

		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(FLOW, "ACME", "PO-1", 2, "DC-EAST",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", WIDGET, ea(100), MAY_4))));

		assertThat(published).singleElement().satisfies(it -> {
			assertThat(it.lineNumber()).isEqualTo("2");
			assertThat(it.after()).isEmpty();
		});
		assertThat(queries.find(GADGET, null)).isEmpty();
	}

	@Test
	void aShipNoticeMovesQuantitiesIntoTransitAndTheQueryShowsBoth() {
		purchaseOrders.record(revision(1));
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(FLOW, "ACME", "PO-2", 1, "DC-EAST",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", WIDGET, ea(30), MAY_11))));
		published.clear();

		int changed = shipments.record(new RecordShipmentCommand(FLOW, "ACME", "ASN-9", MAY_11,
				List.of(new RecordShipmentCommand.Line("PO-1", "1", WIDGET, "DC-EAST", ea(25)),
						new RecordShipmentCommand.Line("PO-1", "1", WIDGET, "DC-EAST", ea(15)))));

		assertThat(changed).isEqualTo(1);
		assertThat(published).singleElement().satisfies(it -> {
			assertThat(it.cause()).isEqualTo("SHIP_NOTICE");
			assertThat(it.after()).containsExactly(new Expected(ea(60), MAY_4), new Expected(ea(40), MAY_11));
		});
		var view = queries.find(WIDGET, "DC-EAST").get(0);
		assertThat(view.byDate()).containsExactly(date(MAY_4, 60, 0), date(MAY_11, 30, 40));
		assertThat(view.totals()).containsExactly(new TotalView("EA", amount(90), amount(40), amount(130)));
		assertThat(view.lines()).extracting(it -> it.poNumber() + "/" + it.lineNumber())
			.containsExactly("PO-1/1", "PO-2/1");
	}

	private static RecordPurchaseOrderLinesCommand revision(int revision) {
		return new RecordPurchaseOrderLinesCommand(FLOW, "ACME", "PO-1", revision, "DC-EAST",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", WIDGET, ea(100), MAY_4),
						new RecordPurchaseOrderLinesCommand.Line("2", GADGET, ea(50), MAY_11)));
	}

	private static DateView date(LocalDate date, long open, long inTransit) {
		return new DateView(date, "EA", amount(open), amount(inTransit), amount(open + inTransit));
	}

	private static BigDecimal amount(long value) {
		return BigDecimal.valueOf(value);
	}

	private static DatedQuantity dated(long amount, LocalDate date) {
		return new DatedQuantity(ea(amount), date);
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

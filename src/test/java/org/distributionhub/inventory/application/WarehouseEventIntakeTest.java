package org.distributionhub.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.inventory.events.InboundExpectationChanged.Expected;
import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.MoveStock.OrderMovement;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.inventory.ports.in.RecordShipment.RecordShipmentCommand;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent.WarehouseEventCommand;
import org.distributionhub.inventory.ports.in.WarehouseEventConflict;
import org.distributionhub.inventory.ports.in.WarehouseEventReceipt;
import org.distributionhub.inventory.ports.in.WarehouseEventReceipt.EventType;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.distributionhub.inventory.ports.in.WarehouseMessage.Line;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.inventory.ports.model.WarehouseEventStatus;
import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.order.events.PickConfirmed.PickedLine;
import org.distributionhub.order.events.ShipmentDispatched;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

/** The warehouse intake over in-memory stock, log and expected inbound: what it publishes, moves and refuses. */
class WarehouseEventIntakeTest {

	private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
	private static final Instant PICKED = Instant.parse("2026-11-27T10:00:00Z");
	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	private static final LocalDate MAY_11 = LocalDate.of(2027, 5, 11);
	private static final CorrelationId FLOW = new CorrelationId("flow-1");
	private static final Sku WIDGET = new Sku("WIDGET-1");
	private static final Sku GADGET = new Sku("GADGET-2");

	private final WarehouseTestStock stock = new WarehouseTestStock("MAIN", "WH-2").with("MAIN", WIDGET, ea(10))
		.with("MAIN", GADGET, ea(4))
		.withOrder("web:1001", "MAIN", new OrderMovement(1, WIDGET, ea(2)), new OrderMovement(2, GADGET, ea(1)));
	private final InMemoryWarehouseEventLog log = new InMemoryWarehouseEventLog();
	private final InMemoryExpectedInbounds inbounds = new InMemoryExpectedInbounds();
	private final List<Object> published = new ArrayList<>();
	private final ExpectationStore store = new ExpectationStore(inbounds, published::add);
	private final WarehouseEventIntake intake = new WarehouseEventIntake(log,
			new OrderFulfilmentFacts(stock, published::add),
			new StockFacts(stock, new InboundReceipts(inbounds, store), published::add),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aPickOfAKnownOrderPublishesPickConfirmedWithTheOrdersSkusAndMovesNoStock() {
		var receipt = record(new WarehouseMessage("WMS-1", "PICK_CONFIRMED", "MAIN", PICKED, "web:1001", null, null,
				null, null, null, List.of(line(1, null, null, "2"), line(2, null, "GADGET-2", "1"))));

		assertThat(receipt).isEqualTo(new WarehouseEventReceipt("WMS-1", EventType.PICK_CONFIRMED,
				WarehouseEventStatus.APPLIED, false, NOW));
		assertThat(published).singleElement().isInstanceOfSatisfying(PickConfirmed.class, pick -> {
			assertThat(pick.warehouseEventId()).isEqualTo("WMS-1");
			assertThat(pick.orderId()).isEqualTo("web:1001");
			assertThat(pick.correlationId()).isEqualTo(FLOW);
			assertThat(pick.pickedAt()).isEqualTo(PICKED);
			assertThat(pick.lines()).containsExactly(new PickedLine(1, WIDGET, ea(2)), new PickedLine(2, GADGET, ea(1)));
		});
		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(10));
		assertThat(log.entries).containsKey("WMS-1");
	}

	@Test
	void aDispatchTakesTheGoodsOffAndPublishesShipmentDispatchedEvenWithoutAPickBefore() {
		record(new WarehouseMessage("WMS-2", "SHIPMENT_DISPATCHED", "MAIN", null, "web:1001", "SHP-1", null, null,
				"UPS", "1Z999", List.of(line(1, null, null, "2"))));

		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(8));
		assertThat(published).singleElement().isInstanceOfSatisfying(ShipmentDispatched.class, dispatch -> {
			assertThat(dispatch.shipmentId()).isEqualTo("SHP-1");
			assertThat(dispatch.carrier()).isEqualTo("UPS");
			assertThat(dispatch.trackingNumber()).isEqualTo("1Z999");
			assertThat(dispatch.dispatchedAt()).as("when the message says nothing, when it arrived").isEqualTo(NOW);
			assertThat(dispatch.lines()).containsExactly(new PickedLine(1, WIDGET, ea(2)));
		});
	}

	@Test
	void theSameEventAgainAnswersTheFirstReceiptAndAppliesNothing() {
		var first = new WarehouseMessage("WMS-3", "STOCK_ADJUSTED", "MAIN", null, null, null, null, "count", null,
				null, List.of(line(null, null, "WIDGET-1", "-3")));
		var again = new WarehouseMessage(" WMS-3", "stock_adjusted", "MAIN", null, "", null, null, "count ", null,
				null, List.of(new Line(null, null, "WIDGET-1", new BigDecimal("-3.00"), "ea")));
		record(first);
		published.clear();

		var receipt = record(again);

		assertThat(receipt.duplicate()).isTrue();
		assertThat(receipt.receivedAt()).isEqualTo(NOW);
		assertThat(published).isEmpty();
		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(7));
	}

	@Test
	void theSameEventIdWithOtherContentIsAConflict() {
		record(new WarehouseMessage("WMS-4", "STOCK_ADJUSTED", "MAIN", null, null, null, null, null, null, null,
				List.of(line(null, null, "WIDGET-1", "-3"))));

		assertThatThrownBy(() -> record(new WarehouseMessage("WMS-4", "STOCK_ADJUSTED", "MAIN", null, null, null, null,
				null, null, null, List.of(line(null, null, "WIDGET-1", "-4")))))
			.isInstanceOf(WarehouseEventConflict.class)
			.hasMessageContaining("WMS-4");
		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(7));
	}

	@Test
	void anAdjustmentPublishesOneStockAdjustedPerLine() {
		record(new WarehouseMessage("WMS-5", "STOCK_ADJUSTED", "MAIN", PICKED, null, null, null, "count", null, null,
				List.of(line(null, null, "WIDGET-1", "-3"), line(null, null, "GADGET-2", "2.5"))));

		assertThat(published).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(StockAdjusted.class));
		var widget = (StockAdjusted) published.get(0);
		assertThat(widget.change()).isEqualByComparingTo("-3");
		assertThat(widget.onHand()).isEqualTo(ea(7));
		assertThat(widget.reason()).isEqualTo("count");
		assertThat(widget.source()).isEqualTo("WAREHOUSE_EVENT");
		assertThat(widget.reference()).isEqualTo("WMS-5");
		assertThat(((StockAdjusted) published.get(1)).onHand()).isEqualTo(new Quantity(new BigDecimal("6.5"),
				UnitOfMeasure.EACH));
	}

	@Test
	void unknownWarehouseOrderLineAndSkuAreRefusedWithTheirPaths() {
		assertThat(refusal(new WarehouseMessage("WMS-6", "PICK_CONFIRMED", "NOWHERE", null, "web:1001", null, null,
				null, null, null, List.of(line(1, null, null, "1")))))
			.containsExactly(new FieldProblem("warehouse", "unknown warehouse NOWHERE"));
		assertThat(refusal(new WarehouseMessage("WMS-7", "PICK_CONFIRMED", "MAIN", null, "web:404", null, null, null,
				null, null, List.of(line(1, null, null, "1")))))
			.containsExactly(new FieldProblem("orderId", "unknown order web:404"));
		assertThat(refusal(new WarehouseMessage("WMS-8", "SHIPMENT_DISPATCHED", "MAIN", null, "web:1001", "SHP-2",
				null, null, null, null, List.of(line(1, null, "GADGET-2", "1"), line(3, null, null, "1")))))
			.extracting(FieldProblem::path)
			.containsExactly("lines[0].sku", "lines[1].lineNumber");
		assertThat(refusal(new WarehouseMessage("WMS-9", "STOCK_ADJUSTED", "MAIN", null, null, null, null, null, null,
				null, List.of(line(null, null, "WIDGET-1", "1"), line(null, null, "NEVER-SEEN", "1")))))
			.containsExactly(new FieldProblem("lines[1].sku", "unknown SKU NEVER-SEEN"));
		assertThat(refusal(new WarehouseMessage("WMS-10", "PICK_CONFIRMED", "WH-2", null, "web:1001", null, null, null,
				null, null, List.of(line(1, null, null, "1")))))
			.extracting(FieldProblem::path)
			.containsExactly("warehouse");
		assertThat(published).isEmpty();
		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(10));
	}

	@Test
	void aReceiptWithoutAPoPutsTheGoodsOnHandAndMayBringANewSku() {
		record(new WarehouseMessage("WMS-11", "GOODS_RECEIVED", "MAIN", PICKED, null, null, null, null, null, null,
				List.of(line(null, null, "WIDGET-1", "5"), line(null, null, "BRAND-NEW", "1"))));

		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(15));
		assertThat(stock.onHand("MAIN", new Sku("BRAND-NEW"))).isEqualTo(ea(1));
		assertThat(published).singleElement().isInstanceOfSatisfying(GoodsReceived.class, receipt -> {
			assertThat(receipt.receiptId()).isEqualTo("WMS-11");
			assertThat(receipt.poNumber()).isNull();
			assertThat(receipt.receivedAt()).isEqualTo(PICKED);
			assertThat(receipt.lines()).containsExactly(new GoodsReceived.Line(null, WIDGET, ea(5)),
					new GoodsReceived.Line(null, new Sku("BRAND-NEW"), ea(1)));
		});
	}

	@Test
	void aReceiptClosesThePoLinesExpectedInboundInTransitFirstThenEarliestDates() {
		expect("PO-9", new RecordPurchaseOrderLinesCommand.Line("1", WIDGET, ea(100), MAY_4),
				new RecordPurchaseOrderLinesCommand.Line("2", GADGET, ea(10), MAY_4));
		new ShipmentRecorder(store).record(new RecordShipmentCommand(FLOW, "ACME", "ASN-1", MAY_11,
				List.of(new RecordShipmentCommand.Line("PO-9", "1", WIDGET, "MAIN", ea(30)))));
		published.clear();

		record(new WarehouseMessage("WMS-12", "GOODS_RECEIVED", "MAIN", null, null, null, "PO-9", null, null, null,
				List.of(line(null, "1", "WIDGET-1", "40"), line(null, "2", "GADGET-2", "10"))));

		assertThat(published).filteredOn(InboundExpectationChanged.class::isInstance)
			.map(InboundExpectationChanged.class::cast)
			.satisfiesExactly(widget -> {
				assertThat(widget.lineNumber()).isEqualTo("1");
				assertThat(widget.cause()).isEqualTo("RECEIVED");
				assertThat(widget.before()).containsExactly(new Expected(ea(70), MAY_4), new Expected(ea(30), MAY_11));
				assertThat(widget.after()).as("the 30 in transit arrived, then 10 of the plan")
					.containsExactly(new Expected(ea(60), MAY_4));
			}, gadget -> assertThat(gadget.after()).as("received in full: closed").isEmpty());
		assertThat(published).last().isInstanceOfSatisfying(GoodsReceived.class, receipt -> {
			assertThat(receipt.poNumber()).isEqualTo("PO-9");
			assertThat(receipt.lines()).containsExactly(new GoodsReceived.Line("1", WIDGET, ea(40)),
					new GoodsReceived.Line("2", GADGET, ea(10)));
		});
		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(50));
	}

	@Test
	void aReceiptNamingOnlySkusFillsThePoLinesOfThatSkuInLineOrder() {
		expect("PO-10", new RecordPurchaseOrderLinesCommand.Line("1", WIDGET, ea(5), MAY_4),
				new RecordPurchaseOrderLinesCommand.Line("2", WIDGET, ea(5), MAY_11));
		published.clear();

		record(new WarehouseMessage("WMS-13", "GOODS_RECEIVED", "MAIN", null, null, null, "PO-10", null, null, null,
				List.of(line(null, null, "WIDGET-1", "7"))));

		assertThat(published).filteredOn(InboundExpectationChanged.class::isInstance)
			.map(it -> ((InboundExpectationChanged) it).after())
			.containsExactly(List.of(), List.of(new Expected(ea(3), MAY_11)));
		assertThat(published).last().isInstanceOfSatisfying(GoodsReceived.class,
				receipt -> assertThat(receipt.lines()).containsExactly(new GoodsReceived.Line("1", WIDGET, ea(5)),
						new GoodsReceived.Line("2", WIDGET, ea(2))));
	}

	@Test
	void aReceiptNamingAPoLineThePoHasNotOrForAnotherSkuIsRefused() {
		expect("PO-11", new RecordPurchaseOrderLinesCommand.Line("1", WIDGET, ea(5), MAY_4));
		published.clear();

		assertThat(refusal(new WarehouseMessage("WMS-14", "GOODS_RECEIVED", "MAIN", null, null, null, "PO-11", null,
				null, null, List.of(line(null, "7", "WIDGET-1", "1"), line(null, "1", "GADGET-2", "1")))))
			.extracting(FieldProblem::path)
			.containsExactly("lines[0].poLineNumber", "lines[1].sku");
		assertThat(published).isEmpty();
		assertThat(stock.onHand("MAIN", WIDGET)).isEqualTo(ea(10));
	}

	private void expect(String poNumber, RecordPurchaseOrderLinesCommand.Line... lines) {
		new PurchaseOrderLinesRecorder(inbounds, store)
			.record(new RecordPurchaseOrderLinesCommand(FLOW, "ACME", poNumber, 1, "MAIN", List.of(lines)));
	}

	private WarehouseEventReceipt record(WarehouseMessage message) {
		return intake.record(new WarehouseEventCommand(FLOW, IntakeChannel.API, null, message));
	}

	private List<FieldProblem> refusal(WarehouseMessage message) {
		try {
			record(message);
		}
		catch (WarehouseEventRejected rejected) {
			return rejected.problems();
		}
		throw new AssertionError("The message was not refused");
	}

	private static Line line(Integer lineNumber, String poLineNumber, String sku, String quantity) {
		return new Line(lineNumber, poLineNumber, sku, new BigDecimal(quantity), null);
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

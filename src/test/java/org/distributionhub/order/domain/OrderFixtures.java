package org.distributionhub.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;

/** Builds orders, decisions and warehouse messages for the domain tests. */
final class OrderFixtures {

	static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
	static final OrderId ID = OrderId.of("web", "1001");
	static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
	static final LocalDate DEC_11 = LocalDate.of(2026, 12, 11);

	private OrderFixtures() {
	}

	static CustomerOrder order(Invoicing invoicing, OrderedLine... lines) {
		return CustomerOrder.place(ID, content(invoicing, lines), T0);
	}

	static OrderContent content(Invoicing invoicing, OrderedLine... lines) {
		return new OrderContent("C-42", "MAIN", invoicing, Arrays.asList(lines));
	}

	static OrderedLine line(int number, long quantity) {
		return new OrderedLine(number, sku(number), ea(quantity), Money.of("12.50", "EUR"));
	}

	static Sku sku(int line) {
		return new Sku("SKU-" + line);
	}

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}

	static AllocationDecision reserved(int line, long quantity, long version) {
		return AllocationDecision.reserved(line, sku(line), ea(quantity), version);
	}

	static AllocationDecision backordered(int line, long reserved, long backordered, LocalDate date, long version) {
		return AllocationDecision.backordered(line, sku(line), ea(reserved), ea(backordered), date, version);
	}

	static AllocationDecision noInbound(int line, long reserved, long backordered, long version) {
		return AllocationDecision.backordered(line, sku(line), ea(reserved), ea(backordered), null, version);
	}

	static AllocationDecision refused(int line, long version) {
		return AllocationDecision.refused(line, sku(line), new Refusal("UNKNOWN_SKU", "unknown SKU"), version);
	}

	static Pick pick(String id, int line, long quantity) {
		return new Pick(id, List.of(new WarehouseLine(line, sku(line), ea(quantity))), T0);
	}

	static Dispatch dispatch(String shipmentId, int line, long quantity) {
		return new Dispatch("WMS-" + shipmentId, shipmentId, List.of(new WarehouseLine(line, sku(line), ea(quantity))),
				"DHL", "TRACK-1", T0);
	}

	static OrderLineSnapshot line(CustomerOrder order, int number) {
		return order.snapshot().lines().stream().filter(it -> it.lineNumber() == number).findFirst().orElseThrow();
	}

	static ShipmentSnapshot shipment(CustomerOrder order, String shipmentId) {
		return order.snapshot().shipments().stream()
			.filter(it -> it.shipmentId().equals(shipmentId))
			.findFirst()
			.orElseThrow();
	}

	static <T extends OrderOutcome> List<T> outcomes(List<OrderOutcome> outcomes, Class<T> type) {
		return outcomes.stream().filter(type::isInstance).map(type::cast).toList();
	}
}

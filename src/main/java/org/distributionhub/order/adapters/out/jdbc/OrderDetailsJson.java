package org.distributionhub.order.adapters.out.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.distributionhub.order.domain.Allocation;
import org.distributionhub.order.domain.Hold;
import org.distributionhub.order.domain.OrderLineSnapshot;
import org.distributionhub.order.domain.OrderSnapshot;
import org.distributionhub.order.domain.Pick;
import org.distributionhub.order.domain.Promise;
import org.distributionhub.order.domain.Refusal;
import org.distributionhub.order.domain.ShipmentSnapshot;
import org.distributionhub.order.domain.WarehouseLine;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of an order's lines, shipments and picks (column customer_order.details): records of plain values
 * owned by this adapter, so that renaming a domain field never changes what is stored.
 */
final class OrderDetailsJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(it -> it.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private OrderDetailsJson() {
	}

	static String write(OrderSnapshot order) {
		return JSON.writeValueAsString(new Details(order.lines().stream().map(OrderDetailsJson::line).toList(),
				order.shipments().stream().map(OrderDetailsJson::shipment).toList(),
				order.picks().stream().map(OrderDetailsJson::pick).toList()));
	}

	static Details read(String text) {
		return JSON.readValue(text, Details.class);
	}

	record Details(List<LineJson> lines, List<ShipmentJson> shipments, List<PickJson> picks) {

		List<OrderLineSnapshot> lineSnapshots() {
			return lines.stream().map(LineJson::snapshot).toList();
		}

		List<ShipmentSnapshot> shipmentSnapshots() {
			return shipments.stream().map(ShipmentJson::snapshot).toList();
		}

		List<Pick> pickRecords() {
			return picks.stream().map(PickJson::pick).toList();
		}
	}

	/** A line; every amount is in the line's {@code unit}. */
	record LineJson(int lineNumber, String sku, BigDecimal ordered, String unit, @Nullable BigDecimal unitPrice,
			@Nullable String currency, String allocation, BigDecimal reserved, BigDecimal backordered,
			@Nullable LocalDate promiseDate, @Nullable String refusalReason, @Nullable String refusalMessage,
			long allocationVersion, BigDecimal picked, BigDecimal shipped, @Nullable String toldStatus,
			@Nullable LocalDate toldPromiseDate) {

		OrderLineSnapshot snapshot() {
			var measure = new UnitOfMeasure(unit);
			return new OrderLineSnapshot(lineNumber, new Sku(sku), new Quantity(ordered, measure),
					unitPrice == null || currency == null ? null : new Money(unitPrice, Currency.getInstance(currency)),
					Allocation.valueOf(allocation), new Quantity(reserved, measure), new Quantity(backordered, measure),
					promiseDate, refusalReason == null ? null : new Refusal(refusalReason, String.valueOf(refusalMessage)),
					allocationVersion, new Quantity(picked, measure), new Quantity(shipped, measure),
					toldStatus == null ? null : new Promise(Allocation.valueOf(toldStatus), toldPromiseDate));
		}
	}

	record ItemJson(int lineNumber, String sku, BigDecimal quantity, String unit) {

		WarehouseLine line() {
			return new WarehouseLine(lineNumber, new Sku(sku), new Quantity(quantity, new UnitOfMeasure(unit)));
		}
	}

	record ShipmentJson(String shipmentId, String warehouseEventId, List<ItemJson> lines, @Nullable String carrier,
			@Nullable String trackingNumber, Instant dispatchedAt, Instant receivedAt, @Nullable String holdCause,
			@Nullable String holdReason, @Nullable Instant releasedAt, @Nullable Instant flaggedAt,
			@Nullable String invoiceReference) {

		ShipmentSnapshot snapshot() {
			return new ShipmentSnapshot(shipmentId, warehouseEventId, lines.stream().map(ItemJson::line).toList(),
					carrier, trackingNumber, dispatchedAt, receivedAt,
					holdCause == null ? null : new Hold(Hold.Cause.valueOf(holdCause), String.valueOf(holdReason)),
					releasedAt, flaggedAt, invoiceReference);
		}
	}

	record PickJson(String warehouseEventId, List<ItemJson> lines, Instant pickedAt) {

		Pick pick() {
			return new Pick(warehouseEventId, lines.stream().map(ItemJson::line).toList(), pickedAt);
		}
	}

	private static LineJson line(OrderLineSnapshot l) {
		Money price = l.unitPrice();
		Refusal refusal = l.refusal();
		Promise told = l.told();
		return new LineJson(l.lineNumber(), l.sku().code(), l.ordered().amount(), l.ordered().unit().code(),
				price == null ? null : price.amount(), price == null ? null : price.currency().getCurrencyCode(),
				l.allocation().name(), l.reserved().amount(), l.backordered().amount(), l.promiseDate(),
				refusal == null ? null : refusal.reason(), refusal == null ? null : refusal.message(),
				l.allocationVersion(), l.picked().amount(), l.shipped().amount(),
				told == null ? null : told.status().name(), told == null ? null : told.promiseDate());
	}

	private static ShipmentJson shipment(ShipmentSnapshot s) {
		Hold hold = s.hold();
		return new ShipmentJson(s.shipmentId(), s.warehouseEventId(), items(s.lines()), s.carrier(),
				s.trackingNumber(), s.dispatchedAt(), s.receivedAt(), hold == null ? null : hold.cause().name(),
				hold == null ? null : hold.reason(), s.releasedAt(), s.flaggedAt(), s.invoiceReference());
	}

	private static PickJson pick(Pick p) {
		return new PickJson(p.warehouseEventId(), items(p.lines()), p.pickedAt());
	}

	private static List<ItemJson> items(List<WarehouseLine> lines) {
		return lines.stream()
			.map(it -> new ItemJson(it.lineNumber(), it.sku().code(), it.quantity().amount(),
					it.quantity().unit().code()))
			.toList();
	}
}

package org.distributionhub.erpgateway.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.Line;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.ReleasedPurchaseOrderCommand;
import org.distributionhub.shared.DecimalLimit;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.jspecify.annotations.Nullable;

/**
 * Turns an order read from the ERP into what PurchaseOrderReleased carries, or says why it cannot: our supplier id,
 * our SKUs and units, money in the order's currency; and a digest of that content, which decides whether it is a new
 * revision.
 */
final class ReleasedOrderMapping {

	private static final Map<String, String> BUILT_IN_UNITS = Map.of("units", "EA", "unit(s)", "EA", "unit", "EA",
			"nos", "EA", "kg", "KG", "dozens", "DZ");

	private final PurchaseOrderProperties properties;
	private final Map<String, String> units = new HashMap<>();

	ReleasedOrderMapping(PurchaseOrderProperties properties) {
		this.properties = properties;
		units.putAll(BUILT_IN_UNITS);
		properties.units().forEach((name, code) -> units.put(name.toLowerCase(Locale.ROOT), code));
	}

	/** The content of a release, ready for the event. */
	record Release(String supplierId, LocalDate orderDate, String shipTo, @Nullable String currency,
			List<PurchaseOrderReleased.Line> lines, String digest) {
	}

	/** Why an order cannot be taken in. */
	static final class Refusal extends RuntimeException {

		Refusal(String reason) {
			super(reason, null, false, false);
		}
	}

	Release map(ReleasedPurchaseOrderCommand order) {
		String supplier = supplier(order);
		if (order.orderDate() == null) {
			throw new Refusal("it has no order date");
		}
		String shipTo = order.shipTo() == null ? properties.defaultShipTo()
				: properties.shipTos().getOrDefault(order.shipTo(), order.shipTo());
		if (shipTo == null || shipTo.isBlank()) {
			throw new Refusal("it names no warehouse and hub.erp.purchase-orders.default-ship-to is not set");
		}
		Currency currency = currency(order.currency());
		if (order.lines().isEmpty()) {
			throw new Refusal("it has no lines");
		}
		var lines = new ArrayList<PurchaseOrderReleased.Line>();
		for (var line : order.lines()) {
			lines.add(line(line, order.orderDate(), currency));
		}
		lines.sort(Comparator.comparing(PurchaseOrderReleased.Line::lineNumber));
		String code = currency == null ? null : currency.getCurrencyCode();
		return new Release(supplier, order.orderDate(), shipTo, code, lines,
				digest(supplier, order.orderDate(), shipTo, code, lines));
	}

	private String supplier(ReleasedPurchaseOrderCommand order) {
		if (order.supplierId() != null && !order.supplierId().isBlank()) {
			return order.supplierId().strip();
		}
		var suppliers = properties.suppliers();
		if (order.partnerCode() != null && suppliers.containsKey(order.partnerCode())) {
			return suppliers.get(order.partnerCode());
		}
		if (order.partnerId() != null && suppliers.containsKey(order.partnerId())) {
			return suppliers.get(order.partnerId());
		}
		if (order.partnerCode() != null && !order.partnerCode().isBlank()) {
			return order.partnerCode().strip();
		}
		throw new Refusal("its supplier (ERP partner " + order.partnerId() + ") has no code; add "
				+ "hub.erp.purchase-orders.suppliers[" + order.partnerId() + "] or give the partner a reference");
	}

	private static @Nullable Currency currency(@Nullable String code) {
		try {
			return code == null || code.isBlank() ? null : Currency.getInstance(code.strip());
		}
		catch (IllegalArgumentException e) {
			throw new Refusal("its currency '" + code + "' is not an ISO 4217 code");
		}
	}

	private PurchaseOrderReleased.Line line(Line line, LocalDate orderDate, @Nullable Currency currency) {
		String at = "line " + line.lineNumber();
		if (line.sku() == null || line.sku().isBlank()) {
			throw new Refusal(at + " has no SKU (the ERP's product has no internal reference or item code)");
		}
		if (line.quantity() == null || line.quantity().signum() < 0) {
			throw new Refusal(at + " has no quantity");
		}
		limit(at + " quantity", line.quantity(), DecimalLimit.QUANTITY);
		if (line.unitPrice() != null) {
			limit(at + " unit price", line.unitPrice(), DecimalLimit.AMOUNT);
		}
		try {
			var quantity = new Quantity(line.quantity(), unit(line.unit(), at));
			Money price = line.unitPrice() == null || currency == null ? null : new Money(line.unitPrice(), currency);
			return new PurchaseOrderReleased.Line(line.lineNumber(), new Sku(line.sku()), quantity, price,
					line.requestedDate() == null ? orderDate : line.requestedDate());
		}
		catch (IllegalArgumentException e) {
			throw new Refusal(at + ": " + e.getMessage());
		}
	}

	private static void limit(String at, BigDecimal number, DecimalLimit limit) {
		String problem = limit.problem(number);
		if (problem != null) {
			throw new Refusal(at + " " + number.toPlainString() + " " + problem);
		}
	}

	private UnitOfMeasure unit(@Nullable String name, String at) {
		if (name == null || name.isBlank()) {
			return UnitOfMeasure.EACH;
		}
		String code = units.get(name.strip().toLowerCase(Locale.ROOT));
		if (code != null) {
			return new UnitOfMeasure(code);
		}
		if (name.strip().matches("[A-Za-z0-9]{2,3}")) {
			return new UnitOfMeasure(name);
		}
		throw new Refusal(at + " is in unit '" + name + "', which has no X12 code; add "
				+ "hub.erp.purchase-orders.units[" + name + "]");
	}

	private static String digest(String supplier, LocalDate orderDate, String shipTo, @Nullable String currency,
			List<PurchaseOrderReleased.Line> lines) {
		var text = new StringBuilder().append(supplier).append('|').append(orderDate).append('|').append(shipTo)
			.append('|').append(currency);
		for (var line : lines) {
			text.append('\n').append(line.lineNumber()).append('|').append(line.sku()).append('|')
				.append(line.quantity()).append('|').append(line.unitPrice() == null ? "" : line.unitPrice())
				.append('|').append(line.requestedDate());
		}
		try {
			return java.util.HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}

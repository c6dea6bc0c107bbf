package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.distributionhub.erpgateway.domain.Watermark;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrder;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrders;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Submitted purchase orders (docstatus 1) by modified, which ERPNext writes to the microsecond in the site's time
 * zone: those modified after the watermark, and those modified at its very time whose names were not seen, in two
 * list calls; then each order with its rows. The supplier is ERPNext's supplier name, the ship-to the order's
 * warehouse, the line number the row's name (which acknowledgement updates name again).
 */
final class ErpNextPurchaseOrders implements ErpPurchaseOrders {

	private static final DateTimeFormatter FRAPPE_TIME = new DateTimeFormatterBuilder()
		.appendPattern("yyyy-MM-dd HH:mm:ss")
		.optionalStart()
		.appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
		.optionalEnd()
		.toFormatter();

	private static final DateTimeFormatter FRAPPE_TIME_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	private static final List<String> FIELDS = List.of("name", "modified");

	private final ErpNextApi erpnext;
	private final ZoneId zone;

	ErpNextPurchaseOrders(ErpNextApi erpnext, ErpNextProperties properties) {
		this.erpnext = erpnext;
		this.zone = properties.timeZone();
	}

	@Override
	public String source() {
		return "erpnext";
	}

	@Override
	public List<ErpPurchaseOrder> changedSince(Watermark watermark, int limit) {
		String at = FRAPPE_TIME_OUT.format(watermark.changedAt().atZone(zone));
		var changed = new ArrayList<JsonNode>(erpnext.list("Purchase Order",
				List.of(List.of("docstatus", "=", 1), List.of("modified", ">", at)), FIELDS, "modified asc, name asc",
				limit));
		if (!watermark.idsAtChangedAt().isEmpty()) {
			changed.addAll(erpnext.list("Purchase Order", List.of(List.of("docstatus", "=", 1),
					List.of("modified", "=", at), List.of("name", "not in", List.copyOf(watermark.idsAtChangedAt()))),
					FIELDS, "modified asc, name asc", limit));
		}
		return changed.stream()
			.sorted(Comparator.comparing((JsonNode order) -> instant(order.path("modified").asString()))
				.thenComparing(order -> order.path("name").asString()))
			.limit(limit)
			.map(order -> order(erpnext.get("Purchase Order", order.path("name").asString())))
			.toList();
	}

	private ErpPurchaseOrder order(JsonNode order) {
		var lines = new ArrayList<ErpPurchaseOrder.Line>();
		String warehouse = text(order.path("set_warehouse"));
		for (JsonNode item : order.path("items")) {
			if (warehouse == null) {
				warehouse = text(item.path("warehouse"));
			}
			lines.add(new ErpPurchaseOrder.Line(item.path("name").asString(), text(item.path("item_code")),
					item.path("qty").decimalValue(), text(item.path("uom")),
					item.path("rate").isNumber() ? item.path("rate").decimalValue() : null,
					date(item.path("schedule_date"))));
		}
		String supplier = text(order.path("supplier"));
		return new ErpPurchaseOrder(order.path("name").asString(), instant(order.path("modified").asString()),
				order.path("name").asString(), supplier, supplier, date(order.path("transaction_date")), warehouse,
				text(order.path("currency")), lines);
	}

	private Instant instant(String frappeTime) {
		return LocalDateTime.parse(frappeTime, FRAPPE_TIME).atZone(zone).toInstant();
	}

	private static @Nullable String text(JsonNode value) {
		return value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

	private static @Nullable LocalDate date(JsonNode value) {
		return value.isString() && value.asString().length() >= 10 ? LocalDate.parse(value.asString().substring(0, 10))
				: null;
	}
}

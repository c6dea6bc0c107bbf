package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.erpgateway.domain.AcknowledgementUpdate;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * PO acknowledgement update: the purchase order's lines get the confirmed quantity (product_qty), date (date_planned,
 * at noon UTC so the day holds in every time zone) and price in one write of the order, then the order is marked
 * acknowledged. A substitute becomes the line's product; a line split over several dates keeps its first date on
 * the line and adds one line per further date (found again by product and day when the update is applied again).
 * The values are absolute, so applying an update twice leaves Odoo as applying it once.
 */
final class OdooAcknowledgements {

	private final OdooRpc odoo;
	private final OdooProducts products;
	private final OdooProperties properties;

	OdooAcknowledgements(OdooRpc odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.products = new OdooProducts(odoo);
		this.properties = properties;
	}

	ErpReference apply(AcknowledgementUpdate update) {
		long orderId = OdooProducts.idByName(odoo, "purchase.order", update.poNumber(), "purchase order");
		var lines = odoo.searchRead("purchase.order.line", List.of(List.of("order_id", "=", orderId)),
				List.of("id", "product_id", "display_type", "date_planned"), 0, "sequence,id")
			.stream()
			.filter(line -> !line.path("display_type").isString())
			.toList();
		var skus = products.skusById(lines.stream().map(line -> OdooRpc.idOf(line.path("product_id"))).toList());
		var substitutes = update.lines().stream().map(AcknowledgementUpdate.Line::substitute)
			.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
		Map<String, Long> substituteIds = substitutes.isEmpty() ? Map.of() : products.idsBySku(substitutes);
		var commands = new ArrayList<Object>();
		var used = new HashSet<Long>();
		Long primary = null;
		AcknowledgementUpdate.Line previous = null;
		for (var wanted : update.lines()) {
			var values = new LinkedHashMap<String, Object>();
			if (wanted.quantity() != null) {
				values.put("product_qty", wanted.quantity());
			}
			if (wanted.date() != null) {
				values.put("date_planned", wanted.date() + " 12:00:00");
			}
			if (wanted.unitPrice() != null) {
				values.put("price_unit", wanted.unitPrice());
			}
			if (wanted.substitute() != null) {
				values.put("product_id", substituteIds.get(wanted.substitute()));
			}
			boolean split = previous != null && sameLine(previous, wanted);
			previous = wanted;
			if (!split) {
				boolean splits = update.lines().stream().filter(other -> sameLine(other, wanted)).count() > 1;
				primary = lineId(lines, skus, wanted, update.poNumber(), splits);
				used.add(primary);
				if (!values.isEmpty()) {
					commands.add(List.of(1, primary, values));
				}
				continue;
			}
			Long existing = splitLine(lines, skus, wanted, used);
			if (existing != null) {
				used.add(existing);
				commands.add(List.of(1, existing, values));
			}
			else {
				values.putIfAbsent("product_id", products.idsBySku(List.of(wanted.deliveredSku())).get(wanted.deliveredSku()));
				values.put("name", wanted.deliveredSku());
				commands.add(List.of(0, 0, values));
			}
		}
		if (!commands.isEmpty()) {
			odoo.write("purchase.order", List.of(orderId), Map.of("order_line", commands));
		}
		if (update.acknowledged()) {
			switch (properties.acknowledge()) {
				case METHOD -> odoo.act("purchase.order", "action_acknowledge", List.of(orderId), Map.of());
				case FIELD -> odoo.write("purchase.order", List.of(orderId), Map.of("acknowledged", true));
				case NONE -> {
				}
			}
		}
		return new ErpReference(update.poNumber());
	}

	private static boolean sameLine(AcknowledgementUpdate.Line a, AcknowledgementUpdate.Line b) {
		return java.util.Objects.equals(a.lineNumber(), b.lineNumber()) && java.util.Objects.equals(a.sku(), b.sku());
	}

	/** The line an earlier attempt made for this further date: same product, same day, not the line itself. */
	private static @Nullable Long splitLine(List<JsonNode> lines, Map<Long, String> skus,
			AcknowledgementUpdate.Line wanted, Set<Long> used) {
		for (var line : lines) {
			long id = line.path("id").asLong();
			if (!used.contains(id) && wanted.date() != null
					&& java.util.Objects.equals(wanted.deliveredSku(), skus.get(OdooRpc.idOf(line.path("product_id"))))
					&& line.path("date_planned").asString("").startsWith(wanted.date().toString())) {
				return id;
			}
		}
		return null;
	}

	/** The line's own Odoo line; when the supplier split it, the first line of its product is its own. */
	private static long lineId(List<JsonNode> lines, Map<Long, String> skus, AcknowledgementUpdate.Line wanted,
			String poNumber, boolean splits) {
		if (wanted.lineNumber() != null) {
			for (var line : lines) {
				if (line.path("id").asString().equals(wanted.lineNumber())) {
					return line.path("id").asLong();
				}
			}
		}
		if (wanted.sku() != null) {
			var matching = new HashSet<Long>();
			for (var line : lines) {
				if (wanted.sku().equals(skus.get(OdooRpc.idOf(line.path("product_id"))))) {
					matching.add(line.path("id").asLong());
				}
			}
			if (matching.isEmpty() && wanted.substitute() != null) {
				// an earlier attempt already put the substitute on the line
				for (var line : lines) {
					if (wanted.substitute().equals(skus.get(OdooRpc.idOf(line.path("product_id"))))) {
						matching.add(line.path("id").asLong());
					}
				}
				if (matching.size() > 1) {
					return matching.stream().min(Long::compare).orElseThrow();
				}
			}
			if (matching.size() == 1 || (matching.size() > 1 && splits)) {
				return matching.stream().min(Long::compare).orElseThrow();
			}
			if (matching.size() > 1) {
				throw ErpCallFailed.permanent("Purchase order " + poNumber + " has " + matching.size() + " lines for "
						+ wanted.sku() + " in Odoo; the acknowledgement must name the line", "not_found");
			}
		}
		throw ErpCallFailed.permanent("Purchase order " + poNumber + " has no line "
				+ (wanted.lineNumber() != null ? wanted.lineNumber() + " " : "")
				+ (wanted.sku() != null ? "for " + wanted.sku() : "") + " in Odoo", "not_found");
	}
}

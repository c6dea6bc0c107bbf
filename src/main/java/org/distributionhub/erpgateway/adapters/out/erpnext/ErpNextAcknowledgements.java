package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.distributionhub.erpgateway.domain.AcknowledgementUpdate;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * PO acknowledgement update through ERPNext's "Update Items" (update_child_qty_rate), the way a submitted purchase
 * order is changed. It takes every row of the order (a row left out would be deleted): the acknowledged ones with
 * their new quantity, date and rate, a further date of a split line as a row of its own (of the substitute item if
 * the supplier substitutes; found again by item and date when the update is applied again), the others as they
 * are. Update Items cannot change the item of an existing row, so a substituted row keeps the ordered item code.
 * The configured check field then marks the order
 * acknowledged. The values are absolute: applying an update twice leaves ERPNext as applying it once.
 */
final class ErpNextAcknowledgements {

	private final ErpNextApi erpnext;
	private final ErpNextProperties properties;

	ErpNextAcknowledgements(ErpNextApi erpnext, ErpNextProperties properties) {
		this.erpnext = erpnext;
		this.properties = properties;
	}

	ErpReference apply(AcknowledgementUpdate update) {
		var order = erpnext.get("Purchase Order", update.poNumber());
		var rows = new LinkedHashMap<String, Map<String, Object>>();
		for (JsonNode item : order.path("items")) {
			var row = new LinkedHashMap<String, Object>();
			row.put("docname", item.path("name").asString());
			row.put("item_code", item.path("item_code").asString());
			row.put("qty", item.path("qty").decimalValue());
			row.put("rate", item.path("rate").decimalValue());
			row.put("schedule_date", item.path("schedule_date").asString());
			row.put("uom", item.path("uom").asString());
			row.put("conversion_factor", item.path("conversion_factor").asDouble(1.0));
			rows.put(item.path("name").asString(), row);
		}
		var added = new ArrayList<Map<String, Object>>();
		var used = new java.util.HashSet<String>();
		Map<String, Object> primary = null;
		AcknowledgementUpdate.Line previous = null;
		for (var line : update.lines()) {
			boolean split = previous != null && java.util.Objects.equals(previous.lineNumber(), line.lineNumber())
					&& java.util.Objects.equals(previous.sku(), line.sku());
			previous = line;
			Map<String, Object> row;
			if (!split) {
				String name = rowOf(order, line, update.poNumber(), splits(update, line));
				used.add(name);
				row = rows.get(name);
				primary = row;
			}
			else {
				String name = splitRow(order, line, used);
				if (name != null) {
					used.add(name);
					row = rows.get(name);
				}
				else {
					row = new LinkedHashMap<>(primary);
					row.remove("docname");
					row.put("item_code", line.deliveredSku());
					added.add(row);
				}
			}
			if (line.quantity() != null) {
				row.put("qty", line.quantity());
			}
			if (line.date() != null) {
				row.put("schedule_date", line.date().toString());
			}
			if (line.unitPrice() != null) {
				row.put("rate", line.unitPrice());
			}
		}
		var all = new ArrayList<>(rows.values());
		all.addAll(added);
		erpnext.method("erpnext.controllers.accounts_controller.update_child_qty_rate",
				Map.of("parent_doctype", "Purchase Order", "parent_doctype_name", update.poNumber(), "trans_items",
						erpnext.json().writeValueAsString(all)));
		if (update.acknowledged() && properties.acknowledgedField() != null) {
			erpnext.method("frappe.client.set_value", Map.of("doctype", "Purchase Order", "name", update.poNumber(),
					"fieldname", properties.acknowledgedField(), "value", 1));
		}
		return new ErpReference(update.poNumber());
	}

	/** The row an earlier attempt added for this further date: same item, same date, not yet taken. */
	private static @Nullable String splitRow(JsonNode order, AcknowledgementUpdate.Line line, Set<String> used) {
		for (JsonNode item : order.path("items")) {
			String name = item.path("name").asString();
			if (!used.contains(name) && line.date() != null
					&& item.path("item_code").asString().equals(line.deliveredSku())
					&& item.path("schedule_date").asString().equals(line.date().toString())) {
				return name;
			}
		}
		return null;
	}

	/** Whether the supplier split this line over several dates: then the line's own row is the first of its item. */
	private static boolean splits(AcknowledgementUpdate update, AcknowledgementUpdate.Line line) {
		return update.lines().stream().filter(other -> java.util.Objects.equals(other.lineNumber(), line.lineNumber())
				&& java.util.Objects.equals(other.sku(), line.sku())).count() > 1;
	}

	private static String rowOf(JsonNode order, AcknowledgementUpdate.Line line, String poNumber, boolean split) {
		String match = null;
		int matches = 0;
		for (JsonNode item : order.path("items")) {
			if (item.path("name").asString().equals(line.lineNumber())) {
				return item.path("name").asString();
			}
			if (item.path("item_code").asString().equals(line.sku())) {
				match = match == null || !split ? item.path("name").asString() : match;
				matches++;
			}
		}
		if (matches == 1 || (matches > 1 && split)) {
			return match;
		}
		if (matches == 0 && line.substitute() != null) {
			// an earlier attempt already put the substitute on the row: the first such row is the line's own
			for (JsonNode item : order.path("items")) {
				if (item.path("item_code").asString().equals(line.substitute())) {
					return item.path("name").asString();
				}
			}
		}
		throw ErpCallFailed.permanent("Purchase Order " + poNumber + " has " + (matches == 0 ? "no" : matches)
				+ " rows for " + (line.lineNumber() != null ? line.lineNumber() + " " : "")
				+ (line.sku() != null ? line.sku() : "") + " in ERPNext", "not_found");
	}
}

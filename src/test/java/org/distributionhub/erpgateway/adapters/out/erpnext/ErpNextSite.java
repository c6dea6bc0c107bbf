package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents of an ERPNext site the gateway touches, in memory, with the rules that matter: links to Items,
 * Customers and Suppliers must exist (417 LinkValidationError), the reference field is unique (409
 * DuplicateEntryError), a submitted document is not submitted again, "Update Items" deletes the rows it is not given
 * and refuses a closed order or a quantity below what was received, receipts and deliveries count against their
 * order's rows. Every change sets modified (site time, microseconds).
 */
final class ErpNextSite {

	/** A Frappe exception with its type and the HTTP status the REST API answers it with. */
	static final class FrappeError extends RuntimeException {

		final String type;
		final int status;

		FrappeError(String type, String message, int status) {
			super(message);
			this.type = type;
			this.status = status;
		}

		static FrappeError validation(String message) {
			return new FrappeError("ValidationError", message, 417);
		}
	}

	private static final Map<String, String> SERIES = Map.of("Purchase Order", "PUR-ORD-2026-", "Purchase Receipt",
			"MAT-PRE-2026-", "Sales Order", "SAL-ORD-2026-", "Delivery Note", "MAT-DN-2026-", "Sales Invoice",
			"ACC-SINV-2026-", "Purchase Invoice", "ACC-PINV-2026-");

	private final JsonMapper json;
	private final String referenceField;
	private final Map<String, TreeMap<String, ObjectNode>> documents = new ConcurrentHashMap<>();
	private final Map<String, AtomicInteger> numbers = new ConcurrentHashMap<>();
	private final AtomicInteger rows = new AtomicInteger();
	private volatile String now = "2026-11-27 10:00:00.000000";

	ErpNextSite(JsonMapper json, String referenceField) {
		this.json = json;
		this.referenceField = referenceField;
	}

	void now(String now) {
		this.now = now;
	}

	synchronized ObjectNode insert(String doctype, ObjectNode document, boolean validate) {
		var doc = document.deepCopy();
		doc.put("doctype", doctype);
		if (!doc.hasNonNull("name") || doc.path("name").asString().isBlank()) {
			doc.put("name", SERIES.getOrDefault(doctype, doctype.toUpperCase() + "-")
					+ "%05d".formatted(numbers.computeIfAbsent(doctype, it -> new AtomicInteger()).incrementAndGet()));
		}
		if (validate) {
			validate(doctype, doc);
		}
		if (!doc.has("docstatus")) {
			doc.put("docstatus", 0);
		}
		for (JsonNode item : doc.path("items")) {
			if (!item.hasNonNull("name")) {
				((ObjectNode) item).put("name", "row-" + rows.incrementAndGet());
			}
			((ObjectNode) item).put("parent", doc.path("name").asString());
		}
		doc.put("creation", now);
		doc.put("modified", now);
		documents.computeIfAbsent(doctype, it -> new TreeMap<>()).put(doc.path("name").asString(), doc);
		return doc.deepCopy();
	}

	synchronized ObjectNode get(String doctype, String name) {
		var doc = documents.getOrDefault(doctype, new TreeMap<>()).get(name);
		if (doc == null) {
			throw new FrappeError("DoesNotExistError", doctype + " " + name + " not found", 404);
		}
		return doc;
	}

	synchronized List<ObjectNode> all(String doctype, Predicate<ObjectNode> condition) {
		return documents.getOrDefault(doctype, new TreeMap<>()).values().stream().filter(condition).toList();
	}

	synchronized ObjectNode submit(JsonNode given) {
		var doc = get(given.path("doctype").asString(), given.path("name").asString());
		if (doc.path("docstatus").asInt() != 0) {
			throw FrappeError.validation("Cannot edit a submitted document: " + doc.path("name").asString());
		}
		if (!doc.path("modified").asString().equals(given.path("modified").asString())) {
			throw new FrappeError("TimestampMismatchError",
					"Error: Document has been modified after you have opened it", 417);
		}
		doc.put("docstatus", 1);
		touch(doc);
		String link = switch (doc.path("doctype").asString()) {
			case "Purchase Receipt" -> "purchase_order_item";
			case "Delivery Note" -> "so_detail";
			default -> null;
		};
		if (link != null) {
			String orderType = link.equals("so_detail") ? "Sales Order" : "Purchase Order";
			for (JsonNode item : doc.path("items")) {
				var row = row(orderType, item.path(link).asString());
				String counted = link.equals("so_detail") ? "delivered_qty" : "received_qty";
				row.put(counted, row.path(counted).decimalValue().add(item.path("qty").decimalValue()));
				touch(get(orderType, row.path("parent").asString()));
			}
		}
		return doc.deepCopy();
	}

	synchronized ObjectNode makeFrom(String orderType, String orderName, String doctype, String link) {
		var order = get(orderType, orderName);
		if (order.path("docstatus").asInt() != 1) {
			throw FrappeError.validation(orderType + " " + orderName + " is not submitted");
		}
		if (order.path("status").asString().equals("Closed")) {
			throw FrappeError.validation(orderType + " " + orderName + " is Closed; reopen it to receive or deliver");
		}
		String counted = orderType.equals("Sales Order") ? "delivered_qty" : "received_qty";
		var draft = json.createObjectNode().put("doctype", doctype);
		draft.put(orderType.equals("Sales Order") ? "customer" : "supplier",
				order.path(orderType.equals("Sales Order") ? "customer" : "supplier").asString());
		var items = draft.putArray("items");
		for (JsonNode row : order.path("items")) {
			var open = row.path("qty").decimalValue().subtract(row.path(counted).decimalValue());
			if (open.signum() > 0) {
				items.addObject().put("item_code", row.path("item_code").asString()).put("qty", open)
					.put("rate", row.path("rate").decimalValue()).put(link, row.path("name").asString())
					.put(orderType.equals("Sales Order") ? "against_sales_order" : "purchase_order", orderName);
			}
		}
		return draft;
	}

	synchronized void updateItems(String orderName, ArrayNode given) {
		var order = get("Purchase Order", orderName);
		if (order.path("status").asString().equals("Closed")) {
			throw FrappeError.validation("Cannot update items of Purchase Order " + orderName + ": it is Closed");
		}
		var kept = json.createArrayNode();
		for (JsonNode row : order.path("items")) {
			JsonNode change = null;
			for (JsonNode candidate : given) {
				if (candidate.path("docname").asString().equals(row.path("name").asString())) {
					change = candidate;
				}
			}
			var received = row.path("received_qty").decimalValue();
			if (change == null) {
				if (received.signum() > 0) {
					throw FrappeError.validation("Row " + row.path("name").asString()
							+ " has been received and cannot be deleted");
				}
				continue;
			}
			if (change.path("qty").decimalValue().compareTo(received) < 0) {
				throw FrappeError.validation("Row " + row.path("name").asString()
						+ ": cannot set quantity less than received quantity " + received.toPlainString());
			}
			var updated = ((ObjectNode) row).deepCopy();
			updated.put("qty", change.path("qty").decimalValue());
			updated.put("rate", change.path("rate").decimalValue());
			updated.put("schedule_date", change.path("schedule_date").asString());
			kept.add(updated);
		}
		int next = order.path("items").size();
		for (JsonNode candidate : given) {
			if (candidate.path("docname").asString("").isEmpty()) {
				var added = ((ObjectNode) candidate).deepCopy();
				added.remove("docname");
				added.put("name", orderName + "-new-" + (++next));
				added.put("received_qty", BigDecimal.ZERO);
				kept.add(added);
			}
		}
		order.set("items", kept);
		touch(order);
	}

	synchronized void setValue(String doctype, String name, String field, JsonNode value) {
		var doc = get(doctype, name);
		doc.set(field, value);
		touch(doc);
	}

	private void validate(String doctype, ObjectNode doc) {
		String reference = doc.path(referenceField).asString("");
		if (!reference.isEmpty() && !all(doctype, it -> it.path(referenceField).asString("").equals(reference)).isEmpty()) {
			throw new FrappeError("DuplicateEntryError",
					"Duplicate entry '" + reference + "' for key '" + referenceField + "'", 409);
		}
		for (String party : List.of("customer", "supplier")) {
			if (doc.has(party)) {
				String type = party.equals("customer") ? "Customer" : "Supplier";
				if (all(type, it -> it.path("name").asString().equals(doc.path(party).asString())).isEmpty()) {
					throw new FrappeError("LinkValidationError", "Could not find " + type + ": "
							+ doc.path(party).asString(), 417);
				}
			}
		}
		if (doctype.equals("Purchase Invoice")) {
			validateBill(doc);
		}
		int index = 1;
		for (JsonNode item : doc.path("items")) {
			String code = item.path("item_code").asString();
			if (all("Item", it -> it.path("name").asString().equals(code)).isEmpty()) {
				throw new FrappeError("LinkValidationError", "Could not find Row #" + index + ": Item Code: " + code,
						417);
			}
			boolean isReturn = doc.path("is_return").asInt(0) == 1;
			if (!isReturn && item.path("qty").decimalValue().compareTo(BigDecimal.ZERO) <= 0) {
				throw FrappeError.validation("Row #" + index + ": Quantity must be greater than zero");
			}
			if (isReturn && item.path("qty").decimalValue().compareTo(BigDecimal.ZERO) >= 0) {
				throw FrappeError.validation("Row #" + index + ": Returned quantity must be negative");
			}
			if (item.hasNonNull("purchase_order")) {
				String order = item.path("purchase_order").asString();
				var rows = get("Purchase Order", order).path("items");
				if (item.hasNonNull("po_detail") && java.util.stream.StreamSupport.stream(rows.spliterator(), false)
					.noneMatch(row -> row.path("name").asString().equals(item.path("po_detail").asString()))) {
					throw FrappeError.validation("Row #" + index + ": " + item.path("po_detail").asString()
							+ " is not a row of Purchase Order " + order);
				}
			}
			index++;
		}
		if (doc.path("items").isEmpty() && !doctype.equals("Item") && !doctype.equals("Customer")
				&& !doctype.equals("Supplier")) {
			throw new FrappeError("MandatoryError", "[" + doctype + "]: items", 417);
		}
	}

	/** A supplier's bill number is used once (Accounts Settings: check supplier invoice number uniqueness). */
	private void validateBill(ObjectNode doc) {
		var same = all("Purchase Invoice", it -> it.path("supplier").asString().equals(doc.path("supplier").asString())
				&& it.path("bill_no").asString().equals(doc.path("bill_no").asString())
				&& it.path("docstatus").asInt() < 2);
		if (!same.isEmpty()) {
			throw FrappeError.validation("Supplier Invoice No exists in Purchase Invoice "
					+ same.get(0).path("name").asString());
		}
		if (doc.hasNonNull("return_against")) {
			var original = get("Purchase Invoice", doc.path("return_against").asString());
			if (original.path("docstatus").asInt() != 1) {
				throw FrappeError.validation("Return against " + original.path("name").asString() + " must be submitted");
			}
		}
		for (JsonNode tax : doc.path("taxes")) {
			if (tax.path("account_head").asString("").isBlank()) {
				throw new FrappeError("MandatoryError", "[Purchase Taxes and Charges]: account_head", 417);
			}
		}
	}

	private ObjectNode row(String orderType, String rowName) {
		for (var order : all(orderType, it -> true)) {
			for (JsonNode row : order.path("items")) {
				if (row.path("name").asString().equals(rowName)) {
					return (ObjectNode) row;
				}
			}
		}
		throw FrappeError.validation("No " + orderType + " row " + rowName);
	}

	private void touch(ObjectNode doc) {
		doc.put("modified", now);
	}

	JsonNode list(String doctype, JsonNode filters, JsonNode fields, String orderBy, int limit) {
		var found = new ArrayList<>(all(doctype, doc -> {
			for (JsonNode filter : filters) {
				if (!ErpNextFilters.matches(doc.path(filter.get(0).asString()), filter.get(1).asString(), filter.get(2))) {
					return false;
				}
			}
			return true;
		}));
		found.sort(ErpNextFilters.order(orderBy));
		var result = json.createArrayNode();
		found.stream().limit(limit > 0 ? limit : Long.MAX_VALUE).forEach(doc -> {
			var out = result.addObject();
			for (JsonNode field : fields) {
				out.set(field.asString(), doc.path(field.asString()));
			}
		});
		return result;
	}
}

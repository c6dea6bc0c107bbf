package org.distributionhub.erpgateway.adapters.out.odoo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of an Odoo database the gateway touches, in memory: the models' fields (an unknown field is refused as
 * Odoo refuses it), domains with &amp;, | and !, many2one values read as [id, name], one2many commands 0 (create) and
 * 1 (update), write_date on every change, and the business rules an expert would check: a locked (done or cancelled)
 * purchase order refuses line changes, validating a picking with missing quantities asks for a backorder wizard
 * unless skip_backorder is in the context, an invoice is posted once, a vendor bill only with its bill date.
 */
final class OdooDatabase {

	/** An Odoo exception: its class name, message and the HTTP status JSON-2 answers it with. */
	static final class OdooError extends RuntimeException {

		final String name;
		final int status;

		OdooError(String name, String message, int status) {
			super(message);
			this.name = name;
			this.status = status;
		}

		static OdooError user(String message) {
			return new OdooError("odoo.exceptions.UserError", message, 422);
		}

		static OdooError value(String message) {
			return new OdooError("builtins.ValueError", message, 422);
		}
	}

	private static final Map<String, Map<String, String>> FIELDS = Map.ofEntries(
			model("res.partner", "name", "", "ref", ""),
			model("res.currency", "name", ""),
			model("uom.uom", "name", ""),
			model("res.users", "name", ""),
			model("product.product", "name", "", "default_code", ""),
			model("stock.warehouse", "name", "", "code", ""),
			model("stock.picking.type", "name", "", "code", "", "warehouse_id", "stock.warehouse"),
			model("purchase.order", "name", "", "partner_id", "res.partner", "partner_ref", "", "state", "",
					"date_order", "", "date_planned", "", "acknowledged", "", "currency_id", "res.currency",
					"picking_type_id", "stock.picking.type", "order_line", "*purchase.order.line/order_id"),
			model("purchase.order.line", "order_id", "purchase.order", "product_id", "product.product", "name", "",
					"sequence", "", "product_qty", "", "qty_received", "", "price_unit", "", "date_planned", "",
					"display_type", "", "product_uom", "uom.uom", "product_uom_id", "uom.uom"),
			model("sale.order", "name", "", "partner_id", "res.partner", "state", ""),
			model("sale.order.line", "order_id", "sale.order", "product_id", "product.product", "product_uom_qty", ""),
			model("stock.picking", "name", "", "purchase_id", "purchase.order", "sale_id", "sale.order",
					"picking_type_code", "", "state", "", "note", "", "origin", "", "backorder_id", "stock.picking",
					"move_ids", "*stock.move/picking_id"),
			model("stock.move", "picking_id", "stock.picking", "product_id", "product.product", "product_uom_qty", "",
					"quantity", "", "picked", "", "purchase_line_id", "purchase.order.line", "sale_line_id",
					"sale.order.line"),
			model("account.move", "name", "", "move_type", "", "partner_id", "res.partner", "ref", "",
					"payment_reference", "", "invoice_origin", "", "invoice_date", "", "currency_id", "res.currency",
					"state", "", "invoice_line_ids", "*account.move.line/move_id", "reversed_entry_id", "account.move"),
			model("account.move.line", "move_id", "account.move", "product_id", "product.product", "quantity", "",
					"price_unit", "", "name", "", "purchase_line_id", "purchase.order.line", "tax_ids", ""));

	private final JsonMapper json;
	private final Map<String, TreeMap<Long, ObjectNode>> tables = new ConcurrentHashMap<>();
	private final AtomicLong ids = new AtomicLong(100);
	private final AtomicLong invoiceNumbers = new AtomicLong();
	private final Map<String, AtomicLong> creations = new ConcurrentHashMap<>();
	private volatile String now = "2026-11-27 10:00:00";

	OdooDatabase(JsonMapper json) {
		this.json = json;
	}

	/** The time written as write_date from now on, in Odoo's format (UTC, seconds). */
	void now(String now) {
		this.now = now;
	}

	synchronized JsonNode execute(String model, String method, List<Long> recordIds, JsonNode arguments,
			JsonNode context) {
		fieldsOf(model);
		return switch (method) {
			case "search_read" -> searchRead(model, arguments);
			case "search_count" -> json.getNodeFactory().numberNode(select(model, arguments.path("domain")).size());
			case "read" -> read(model, recordIds, arguments.path("fields"));
			case "write" -> {
				recordIds.forEach(id -> write(model, record(model, id), (ObjectNode) arguments.path("vals")));
				yield json.getNodeFactory().booleanNode(true);
			}
			case "create" -> {
				var created = json.createArrayNode();
				arguments.path("vals_list").forEach(values -> created.add(create(model, (ObjectNode) values)));
				yield created;
			}
			case "context_get" -> json.createObjectNode().put("lang", "en_US").put("tz", "UTC");
			case "action_acknowledge" -> {
				recordIds.forEach(id -> write(model, record(model, id), json.createObjectNode().put("acknowledged", true)));
				yield json.getNodeFactory().booleanNode(true);
			}
			case "button_validate" -> OdooPickingRules.validate(this, recordIds, context);
			case "action_post" -> {
				recordIds.forEach(this::post);
				yield json.getNodeFactory().booleanNode(true);
			}
			default -> throw new OdooError("werkzeug.exceptions.NotFound",
					"The method '" + method + "' does not exist on the model '" + model + "'", 404);
		};
	}

	long create(String model, ObjectNode values) {
		var fields = fieldsOf(model);
		var record = json.createObjectNode();
		long id = ids.incrementAndGet();
		record.put("id", id);
		var plain = json.createObjectNode();
		values.properties().forEach(entry -> {
			checkField(model, fields, entry.getKey());
			if (!fields.get(entry.getKey()).startsWith("*")) {
				plain.set(entry.getKey(), entry.getValue());
			}
		});
		record.setAll(plain);
		record.put("write_date", now);
		record.put("create_date", now);
		tables.computeIfAbsent(model, it -> new TreeMap<>()).put(id, record);
		applyChildren(model, record, values);
		creations.computeIfAbsent(model, it -> new AtomicLong()).incrementAndGet();
		return id;
	}

	void write(String model, ObjectNode record, ObjectNode values) {
		var fields = fieldsOf(model);
		if (model.equals("purchase.order") && values.has("order_line")) {
			String state = record.path("state").asString();
			if (state.equals("done") || state.equals("cancel")) {
				throw OdooError.user("The purchase order " + record.path("name").asString()
						+ " is locked; unlock it before changing its lines.");
			}
		}
		values.properties().forEach(entry -> {
			checkField(model, fields, entry.getKey());
			if (!fields.get(entry.getKey()).startsWith("*")) {
				record.set(entry.getKey(), entry.getValue());
			}
		});
		applyChildren(model, record, values);
		record.put("write_date", now);
	}

	ObjectNode record(String model, long id) {
		var record = tables.getOrDefault(model, new TreeMap<>()).get(id);
		if (record == null) {
			throw new OdooError("odoo.exceptions.MissingError",
					"Record does not exist or has been deleted. (Record: " + model + "(" + id + ",))", 422);
		}
		return record;
	}

	List<ObjectNode> all(String model) {
		synchronized (this) {
			return List.copyOf(tables.getOrDefault(model, new TreeMap<>()).values());
		}
	}

	List<ObjectNode> where(String model, Predicate<ObjectNode> condition) {
		return all(model).stream().filter(condition).toList();
	}

	long creations(String model) {
		var count = creations.get(model);
		return count == null ? 0 : count.get();
	}

	JsonMapper json() {
		return json;
	}

	private void post(long id) {
		var move = record("account.move", id);
		if (move.path("state").asString().equals("posted")) {
			throw OdooError.user("The entry " + move.path("name").asString() + " is already posted.");
		}
		var lines = where("account.move.line", line -> line.path("move_id").asLong() == id);
		if (lines.isEmpty()) {
			throw OdooError.user("You need to add a line before posting.");
		}
		String type = move.path("move_type").asString();
		boolean vendor = type.equals("in_invoice") || type.equals("in_refund");
		if (vendor && !move.path("invoice_date").isString()) {
			throw OdooError.user("The Bill/Refund date is required to validate this document.");
		}
		for (var line : lines) {
			if (!line.path("product_id").canConvertToLong() && !line.path("name").isString()) {
				throw OdooError.user("A line without a product needs a label.");
			}
		}
		move.put("state", "posted");
		String prefix = switch (type) {
			case "in_invoice" -> "BILL";
			case "in_refund" -> "RBILL";
			default -> "INV";
		};
		move.put("name", prefix + "/2026/%05d".formatted(invoiceNumbers.incrementAndGet()));
		move.put("write_date", now);
	}

	private void applyChildren(String model, ObjectNode record, ObjectNode values) {
		var fields = fieldsOf(model);
		values.properties().forEach(entry -> {
			String type = fields.get(entry.getKey());
			if (!type.startsWith("*")) {
				return;
			}
			String child = type.substring(1, type.indexOf('/'));
			String inverse = type.substring(type.indexOf('/') + 1);
			for (JsonNode command : entry.getValue()) {
				int code = command.get(0).asInt();
				if (code == 0) {
					var childValues = ((ObjectNode) command.get(2)).deepCopy();
					childValues.put(inverse, record.path("id").asLong());
					create(child, childValues);
				}
				else if (code == 1) {
					var target = record(child, command.get(1).asLong());
					if (target.path(inverse).asLong() != record.path("id").asLong()) {
						throw OdooError.value(child + "(" + command.get(1) + ") is not a line of " + model + "("
								+ record.path("id") + ")");
					}
					write(child, target, (ObjectNode) command.get(2));
				}
				else {
					throw OdooError.value("Command " + code + " is not supported here");
				}
			}
		});
	}

	private JsonNode searchRead(String model, JsonNode arguments) {
		var found = select(model, arguments.path("domain"));
		String order = arguments.path("order").asString("id");
		found.sort((a, b) -> {
			for (String key : order.split(",")) {
				String field = key.strip().split(" ")[0];
				int compared = compare(a.path(field), b.path(field));
				if (compared != 0) {
					return compared;
				}
			}
			return 0;
		});
		int limit = arguments.path("limit").asInt(0);
		var page = limit > 0 && found.size() > limit ? found.subList(0, limit) : found;
		var ids = page.stream().map(record -> record.path("id").asLong()).toList();
		return read(model, ids, arguments.path("fields"));
	}

	private ArrayNode read(String model, List<Long> recordIds, JsonNode fieldNames) {
		var fields = fieldsOf(model);
		var result = json.createArrayNode();
		for (long id : recordIds) {
			var record = record(model, id);
			var out = result.addObject();
			out.put("id", id);
			for (JsonNode name : fieldNames) {
				String field = name.asString();
				checkField(model, fields, field);
				out.set(field, readValue(model, record, field, fields.get(field)));
			}
		}
		return result;
	}

	private JsonNode readValue(String model, ObjectNode record, String field, String type) {
		var value = record.path(field);
		if (type.startsWith("*")) {
			String child = type.substring(1, type.indexOf('/'));
			String inverse = type.substring(type.indexOf('/') + 1);
			var children = json.createArrayNode();
			where(child, line -> line.path(inverse).asLong() == record.path("id").asLong())
				.forEach(line -> children.add(line.path("id").asLong()));
			return children;
		}
		if (!type.isEmpty()) {
			if (!value.canConvertToLong()) {
				return json.getNodeFactory().booleanNode(false);
			}
			var target = tables.getOrDefault(type, new TreeMap<>()).get(value.asLong());
			return json.createArrayNode().add(value.asLong())
				.add(target == null ? "?" : target.path("name").asString("?"));
		}
		return value.isMissingNode() || value.isNull() ? json.getNodeFactory().booleanNode(false) : value;
	}

	private List<ObjectNode> select(String model, JsonNode domain) {
		var fields = fieldsOf(model);
		Predicate<ObjectNode> condition = OdooDomains.parse(domain, (field) -> checkField(model, fields, field));
		return new ArrayList<>(all(model).stream().filter(condition).toList());
	}

	static int compare(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue());
		}
		return a.asString("").compareTo(b.asString(""));
	}

	static BigDecimal decimal(JsonNode value) {
		return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
	}

	private static Map<String, String> fieldsOf(String model) {
		var fields = FIELDS.get(model);
		if (fields == null) {
			throw new OdooError("werkzeug.exceptions.NotFound", "Object " + model + " doesn't exist", 404);
		}
		return fields;
	}

	private static void checkField(String model, Map<String, String> fields, String field) {
		if (!fields.containsKey(field) && !Set.of("id", "write_date", "create_date").contains(field)) {
			throw OdooError.value("Invalid field '" + field + "' on model '" + model + "'");
		}
	}

	private static Map.Entry<String, Map<String, String>> model(String name, String... fieldsAndTypes) {
		var fields = new java.util.HashMap<String, String>();
		for (int i = 0; i < fieldsAndTypes.length; i += 2) {
			fields.put(fieldsAndTypes[i], fieldsAndTypes[i + 1]);
		}
		fields.put("id", "");
		fields.put("write_date", "");
		fields.put("create_date", "");
		fields.put("display_name", "");
		return Map.entry(name, Map.copyOf(fields));
	}
}

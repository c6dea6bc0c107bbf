package org.distributionhub.erpgateway.adapters.out.odoo;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.erpgateway.adapters.out.FaultyHttpServer;
import org.distributionhub.erpgateway.adapters.out.odoo.OdooDatabase.OdooError;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Odoo on a real port of 127.0.0.1, speaking JSON-2 (POST /json/2/model/method, bearer API key, errors as 4xx/5xx
 * with {name, message, arguments, context, debug}) and JSON-RPC (POST /jsonrpc: common.authenticate and
 * object.execute_kw, errors as JSON-RPC errors with HTTP 200) over one {@link OdooDatabase}. It records every ORM
 * call; tests make it down (503), slow, fail the next calls, or rotate its API key.
 */
final class OdooStub extends FaultyHttpServer {

	static final String KEY = "odoo-api-key-for-tests";
	static final String DATABASE = "hubtest";
	static final String LOGIN = "hub@example.com";
	static final long UID = 2;

	/** One ORM call as it reached Odoo. */
	record Call(String model, String method, List<Long> ids, JsonNode arguments, JsonNode context) {
	}

	private final JsonMapper json = JsonMapper.builder().build();
	private final OdooDatabase odoo = new OdooDatabase(json);
	private final List<Call> calls = new CopyOnWriteArrayList<>();
	private final AtomicInteger authentications = new AtomicInteger();
	private volatile String acceptedKey = KEY;

	OdooStub() throws IOException {
		serve("/json/2/", this::json2);
		serve("/jsonrpc", this::jsonRpc);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	OdooDatabase database() {
		return odoo;
	}

	void acceptKey(String key) {
		this.acceptedKey = key;
	}

	List<Call> calls() {
		return List.copyOf(calls);
	}

	List<Call> calls(String model, String method) {
		return calls.stream().filter(call -> call.model().equals(model) && call.method().equals(method)).toList();
	}

	int authentications() {
		return authentications.get();
	}

	void reset() {
		resetFaults();
		acceptedKey = KEY;
		calls.clear();
	}

	private void json2(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (interfered(exchange)) {
				return;
			}
			String auth = exchange.getRequestHeaders().getFirst("Authorization");
			if (auth == null || !auth.toLowerCase(Locale.ROOT).startsWith("bearer ")
					|| !auth.substring("bearer ".length()).equals(acceptedKey)) {
				answer(exchange, 401, error("odoo.exceptions.AccessDenied", "Invalid apikey"));
				return;
			}
			String database = exchange.getRequestHeaders().getFirst("X-Odoo-Database");
			if (database != null && !database.equals(DATABASE)) {
				answer(exchange, 404, error("werkzeug.exceptions.NotFound", "database " + database + " not found"));
				return;
			}
			String[] path = exchange.getRequestURI().getPath().substring("/json/2/".length()).split("/");
			ObjectNode body = (ObjectNode) json.readTree(exchange.getRequestBody());
			var ids = new ArrayList<Long>();
			body.path("ids").forEach(id -> ids.add(id.asLong()));
			var context = body.path("context");
			var arguments = body.deepCopy();
			arguments.remove(List.of("ids", "context"));
			try {
				answer(exchange, 200, json.writeValueAsString(execute(path[0], path[1], ids, arguments, context)));
			}
			catch (OdooError e) {
				answer(exchange, e.status, error(e.name, e.getMessage()));
			}
		}
	}

	private void jsonRpc(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (interfered(exchange)) {
				return;
			}
			var request = json.readTree(exchange.getRequestBody());
			var params = request.path("params");
			var args = params.path("args");
			var reply = json.createObjectNode().put("jsonrpc", "2.0");
			reply.set("id", request.path("id"));
			try {
				if (params.path("service").asString().equals("common")
						&& params.path("method").asString().equals("authenticate")) {
					authentications.incrementAndGet();
					boolean valid = args.path(0).asString().equals(DATABASE) && args.path(1).asString().equals(LOGIN)
							&& args.path(2).asString().equals(acceptedKey);
					reply.set("result", valid ? json.getNodeFactory().numberNode(UID)
							: json.getNodeFactory().booleanNode(false));
				}
				else if (params.path("service").asString().equals("object")
						&& params.path("method").asString().equals("execute_kw")) {
					if (!args.path(0).asString().equals(DATABASE) || args.path(1).asLong() != UID
							|| !args.path(2).asString().equals(acceptedKey)) {
						throw new OdooError("odoo.exceptions.AccessDenied", "Access Denied", 403);
					}
					var ids = new ArrayList<Long>();
					args.path(5).path(0).forEach(id -> ids.add(id.asLong()));
					ObjectNode kwargs = args.path(6).isObject() ? ((ObjectNode) args.path(6)).deepCopy()
							: json.createObjectNode();
					var context = kwargs.path("context");
					kwargs.remove("context");
					reply.set("result", execute(args.path(3).asString(), args.path(4).asString(), ids, kwargs, context));
				}
				else {
					throw new OdooError("werkzeug.exceptions.NotFound", "unknown service call", 404);
				}
			}
			catch (OdooError e) {
				var error = reply.putObject("error").put("code", 200).put("message", "Odoo Server Error");
				error.putObject("data").put("name", e.name).put("message", e.getMessage()).put("debug", "Traceback ...")
					.putArray("arguments").add(e.getMessage());
			}
			answer(exchange, 200, json.writeValueAsString(reply));
		}
	}

	private JsonNode execute(String model, String method, List<Long> ids, JsonNode arguments, JsonNode context) {
		calls.add(new Call(model, method, List.copyOf(ids), arguments, context));
		return odoo.execute(model, method, ids, arguments, context);
	}

	private boolean interfered(HttpExchange exchange) throws IOException {
		pause();
		if (isDown()) {
			answer(exchange, 503, "<html><body>502 Bad Gateway: odoo is restarting</body></html>");
			return true;
		}
		if (takeFailure()) {
			answer(exchange, failureStatus(), error("werkzeug.exceptions.ServiceUnavailable",
					"failure " + failureStatus() + " as ordered"));
			return true;
		}
		return false;
	}

	private String error(String name, String message) {
		var error = json.createObjectNode().put("name", name).put("message", message);
		error.putArray("arguments").add(message);
		error.putObject("context");
		error.put("debug", "Traceback (most recent call last): ...");
		return json.writeValueAsString(error);
	}

	// Seeding: what a distributor's Odoo holds before the hub posts to it.

	long partner(String name, String ref) {
		return odoo.create("res.partner", json.createObjectNode().put("name", name).put("ref", ref));
	}

	long product(String code) {
		return odoo.create("product.product", json.createObjectNode().put("name", "Product " + code)
			.put("default_code", code));
	}

	long record(String model, ObjectNode values) {
		return odoo.create(model, values);
	}

	ObjectNode values() {
		return json.createObjectNode();
	}

	/** A confirmed purchase order with one line per (product id, quantity), and its open receipt. */
	long purchaseOrder(String name, long partner, String state, long... productsAndQuantities) {
		long order = odoo.create("purchase.order", values().put("name", name).put("partner_id", partner)
			.put("state", state).put("date_order", "2026-11-20 09:00:00").put("acknowledged", false));
		for (int i = 0; i < productsAndQuantities.length; i += 2) {
			odoo.create("purchase.order.line", values().put("order_id", order).put("product_id", productsAndQuantities[i])
				.put("product_qty", BigDecimal.valueOf(productsAndQuantities[i + 1])).put("price_unit", 10)
				.put("date_planned", "2026-12-01 12:00:00").put("sequence", i));
		}
		return order;
	}

	/** The open incoming picking of a purchase order, one move per line for its full quantity. */
	long receipt(long order) {
		String name = odoo.record("purchase.order", order).path("name").asString();
		long picking = odoo.create("stock.picking", values().put("name", "WH/IN/" + name).put("purchase_id", order)
			.put("picking_type_code", "incoming").put("state", "assigned").put("origin", name));
		for (var line : odoo.where("purchase.order.line", it -> it.path("order_id").asLong() == order)) {
			odoo.create("stock.move", values().put("picking_id", picking).put("product_id", line.path("product_id").asLong())
				.put("product_uom_qty", line.path("product_qty").decimalValue()).put("quantity", 0)
				.put("purchase_line_id", line.path("id").asLong()));
		}
		return picking;
	}

	/** A sales order with its open delivery, one move per (product id, quantity). */
	long delivery(String orderName, long partner, long... productsAndQuantities) {
		long order = odoo.create("sale.order", values().put("name", orderName).put("partner_id", partner)
			.put("state", "sale"));
		long picking = odoo.create("stock.picking", values().put("name", "WH/OUT/" + orderName).put("sale_id", order)
			.put("picking_type_code", "outgoing").put("state", "assigned").put("origin", orderName));
		for (int i = 0; i < productsAndQuantities.length; i += 2) {
			long line = odoo.create("sale.order.line", values().put("order_id", order)
				.put("product_id", productsAndQuantities[i]).put("product_uom_qty", productsAndQuantities[i + 1]));
			odoo.create("stock.move", values().put("picking_id", picking).put("product_id", productsAndQuantities[i])
				.put("product_uom_qty", productsAndQuantities[i + 1]).put("quantity", 0).put("sale_line_id", line));
		}
		return picking;
	}
}

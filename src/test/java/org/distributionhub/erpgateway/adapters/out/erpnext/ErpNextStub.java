package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.distributionhub.erpgateway.adapters.out.FaultyHttpServer;
import org.distributionhub.erpgateway.adapters.out.erpnext.ErpNextSite.FrappeError;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ERPNext on a real port of 127.0.0.1: /api/resource/DocType (list with filters, get, insert) answering {"data"},
 * /api/method/... (submit, set_value, make_purchase_receipt, make_delivery_note, update_child_qty_rate,
 * update_status, get_logged_user) answering {"message"}, token authentication, and Frappe's error bodies (exc_type,
 * exception, _server_messages). It records every request; tests make it down, slow, fail, or rotate the API secret.
 */
final class ErpNextStub extends FaultyHttpServer {

	static final String KEY = "hubkey";
	static final String SECRET = "hubsecret";
	static final String REFERENCE_FIELD = "hub_reference";

	/** One request as it reached ERPNext: method and path (resource or method name), and its body. */
	record Request(String method, String path, JsonNode body) {
	}

	private final JsonMapper json = JsonMapper.builder().build();
	private final ErpNextSite site = new ErpNextSite(json, REFERENCE_FIELD);
	private final List<Request> requests = new CopyOnWriteArrayList<>();
	private volatile String acceptedSecret = SECRET;

	ErpNextStub() throws IOException {
		serve("/api/", this::handle);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	ErpNextSite site() {
		return site;
	}

	void acceptSecret(String secret) {
		this.acceptedSecret = secret;
	}

	List<Request> requests() {
		return List.copyOf(requests);
	}

	List<Request> requests(String path) {
		return requests.stream().filter(request -> request.path().equals(path)).toList();
	}

	void reset() {
		resetFaults();
		acceptedSecret = SECRET;
		requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			pause();
			if (isDown()) {
				answer(exchange, 503, "<html><body>503 Service Temporarily Unavailable</body></html>");
				return;
			}
			if (takeFailure()) {
				answer(exchange, failureStatus(), error(new FrappeError("ServerError", "failure as ordered", failureStatus())));
				return;
			}
			if (!("token " + KEY + ":" + acceptedSecret).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, json.writeValueAsString(json.createObjectNode()
					.put("exc_type", "AuthenticationError")
					.put("exception", "frappe.exceptions.AuthenticationError: Invalid API key or secret")));
				return;
			}
			String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
			var body = exchange.getRequestMethod().equals("POST") ? json.readTree(exchange.getRequestBody())
					: json.createObjectNode();
			requests.add(new Request(exchange.getRequestMethod(), path, body));
			try {
				answer(exchange, 200, json.writeValueAsString(route(exchange, path, body)));
			}
			catch (FrappeError e) {
				answer(exchange, e.status, error(e));
			}
		}
	}

	private ObjectNode route(HttpExchange exchange, String path, JsonNode body) {
		var reply = json.createObjectNode();
		if (path.startsWith("/api/resource/")) {
			String[] parts = path.substring("/api/resource/".length()).split("/", 2);
			if (exchange.getRequestMethod().equals("POST")) {
				reply.set("data", site.insert(parts[0], (ObjectNode) body, true));
			}
			else if (parts.length == 2) {
				reply.set("data", site.get(parts[0], parts[1]));
			}
			else {
				var query = query(exchange.getRequestURI().getRawQuery());
				reply.set("data", site.list(parts[0], json.readTree(query.getOrDefault("filters", "[]")),
						json.readTree(query.getOrDefault("fields", "[\"name\"]")),
						query.getOrDefault("order_by", "modified desc"),
						Integer.parseInt(query.getOrDefault("limit_page_length", "20"))));
			}
			return reply;
		}
		String method = path.substring("/api/method/".length());
		reply.set("message", switch (method) {
			case "frappe.auth.get_logged_user" -> json.getNodeFactory().textNode("hub@example.com");
			case "frappe.client.submit" -> site.submit(body.path("doc"));
			case "frappe.client.set_value" -> {
				site.setValue(body.path("doctype").asString(), body.path("name").asString(),
						body.path("fieldname").asString(), body.path("value"));
				yield site.get(body.path("doctype").asString(), body.path("name").asString());
			}
			case "erpnext.buying.doctype.purchase_order.purchase_order.make_purchase_receipt" -> site
				.makeFrom("Purchase Order", body.path("source_name").asString(), "Purchase Receipt", "purchase_order_item");
			case "erpnext.selling.doctype.sales_order.sales_order.make_delivery_note" -> site
				.makeFrom("Sales Order", body.path("source_name").asString(), "Delivery Note", "so_detail");
			case "erpnext.controllers.accounts_controller.update_child_qty_rate" -> {
				site.updateItems(body.path("parent_doctype_name").asString(),
						(ArrayNode) json.readTree(body.path("trans_items").asString()));
				yield json.getNodeFactory().nullNode();
			}
			case "erpnext.buying.doctype.purchase_order.purchase_order.update_status" -> {
				site.setValue("Purchase Order", body.path("name").asString(), "status",
						json.getNodeFactory().textNode(body.path("status").asString()));
				yield json.getNodeFactory().nullNode();
			}
			default -> throw new FrappeError("DoesNotExistError", "Method " + method + " not found", 404);
		});
		return reply;
	}

	private String error(FrappeError e) {
		var message = json.createObjectNode().put("message", e.getMessage()).put("title", "Message")
			.put("indicator", "red");
		var messages = json.createArrayNode().add(json.writeValueAsString(message));
		return json.writeValueAsString(json.createObjectNode().put("exc_type", e.type)
			.put("exception", "frappe.exceptions." + e.type + ": " + e.getMessage())
			.put("_server_messages", json.writeValueAsString(messages)));
	}

	private static Map<String, String> query(String raw) {
		var values = new HashMap<String, String>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	// Seeding: the master data and orders a site holds before the hub posts to it.

	void item(String code) {
		site.insert("Item", json.createObjectNode().put("name", code).put("item_code", code), false);
	}

	void customer(String name) {
		site.insert("Customer", json.createObjectNode().put("name", name), false);
	}

	void supplier(String name) {
		site.insert("Supplier", json.createObjectNode().put("name", name), false);
	}

	/** A submitted purchase order with one row per (item code, quantity) at rate 10. */
	ObjectNode purchaseOrder(String supplier, String status, Object... itemsAndQuantities) {
		return order("Purchase Order", "supplier", supplier, status, itemsAndQuantities);
	}

	ObjectNode salesOrder(String customer, Object... itemsAndQuantities) {
		return order("Sales Order", "customer", customer, "To Deliver and Bill", itemsAndQuantities);
	}

	private ObjectNode order(String doctype, String party, String partyName, String status, Object... itemsAndQuantities) {
		var order = json.createObjectNode().put(party, partyName).put("status", status).put("docstatus", 1)
			.put("transaction_date", "2026-11-20").put("currency", "EUR").put("set_warehouse", "Stores - HUB");
		var items = order.putArray("items");
		for (int i = 0; i < itemsAndQuantities.length; i += 2) {
			items.addObject().put("item_code", (String) itemsAndQuantities[i])
				.put("qty", new BigDecimal(itemsAndQuantities[i + 1].toString())).put("rate", new BigDecimal("10"))
				.put("uom", "Nos").put("conversion_factor", 1).put("schedule_date", "2026-12-01")
				.put("warehouse", "Stores - HUB").put("received_qty", 0).put("delivered_qty", 0);
		}
		return site.insert(doctype, order, false);
	}
}

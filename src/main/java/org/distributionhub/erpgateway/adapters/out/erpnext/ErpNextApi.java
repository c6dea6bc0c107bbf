package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.adapters.out.http.ErpEndpoint;
import org.distributionhub.erpgateway.adapters.out.http.JsonHttp;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frappe's REST API with token authentication (Authorization: token key:secret): documents under
 * /api/resource/DocType answer {"data": ...}, whitelisted methods under /api/method answer {"message": ...}. An error
 * keeps ERPNext's own message (from _server_messages, else exception or message), without its HTML.
 */
final class ErpNextApi {

	private final ErpEndpoint endpoint;
	private final JsonHttp http;
	private final Map<String, String> headers;
	private final @Nullable String configProblem;

	ErpNextApi(ErpNextProperties properties, JsonHttp http) {
		this.endpoint = ErpEndpoint.of(properties.baseUrl(), "hub.erp.erpnext.base-url");
		this.http = http;
		this.headers = Map.of("Authorization", "token " + properties.apiKey() + ":" + properties.apiSecret());
		this.configProblem = blank(properties.apiKey()) || blank(properties.apiSecret())
				? "hub.erp.erpnext.api-key and api-secret are needed" : null;
	}

	JsonNode get(String doctype, String name) {
		return answer(http.get(endpoint.resolve(resource(doctype) + "/" + ErpEndpoint.encode(name)), headers()),
				"GET " + doctype + " " + name).path("data");
	}

	List<JsonNode> list(String doctype, List<List<Object>> filters, List<String> fields, String orderBy, int limit) {
		var json = http.json();
		String query = "?filters=" + ErpEndpoint.encode(json.writeValueAsString(filters)) + "&fields="
				+ ErpEndpoint.encode(json.writeValueAsString(fields)) + "&order_by=" + ErpEndpoint.encode(orderBy)
				+ "&limit_page_length=" + limit;
		var found = new ArrayList<JsonNode>();
		answer(http.get(endpoint.resolve(resource(doctype) + query), headers()), "list " + doctype).path("data")
			.forEach(found::add);
		return found;
	}

	JsonNode insert(String doctype, JsonNode document) {
		return answer(http.post(endpoint.resolve(resource(doctype)), headers(), document), "insert " + doctype)
			.path("data");
	}

	JsonNode method(String method, Map<String, ?> arguments) {
		return answer(http.post(endpoint.resolve("/api/method/" + method), headers(), arguments), method)
			.path("message");
	}

	void check() {
		answer(http.get(endpoint.resolve("/api/method/frappe.auth.get_logged_user"), headers()), "login check");
	}

	JsonMapper json() {
		return http.json();
	}

	String describe() {
		return "ERPNext at " + endpoint;
	}

	private Map<String, String> headers() {
		if (configProblem != null) {
			throw ErpCallFailed.temporary("ERP not configured: " + configProblem, "config");
		}
		return headers;
	}

	private JsonNode answer(JsonHttp.Answer answer, String what) {
		if (answer.isSuccess()) {
			return answer.body();
		}
		var body = answer.body();
		String type = body.path("exc_type").asString("");
		throw ErpCallFailed.forStatus(answer.status(), "ERPNext " + answer.status() + " on " + what
				+ (type.isEmpty() ? "" : " (" + type + ")") + ": " + message(answer));
	}

	private String message(JsonHttp.Answer answer) {
		var body = answer.body();
		var messages = new ArrayList<String>();
		String server = body.path("_server_messages").asString("");
		if (!server.isBlank()) {
			try {
				for (JsonNode entry : http.json().readTree(server)) {
					var message = entry.isString() ? http.json().readTree(entry.asString()) : entry;
					messages.add(message.isObject() ? message.path("message").asString("") : message.asString(""));
				}
			}
			catch (JacksonException e) {
				messages.add(server);
			}
		}
		if (messages.isEmpty()) {
			String exception = body.path("exception").asString(body.path("message").asString(""));
			messages.add(exception.isBlank() ? answer.text() : exception);
		}
		return String.join("; ", messages).replaceAll("<[^>]+>", "").strip();
	}

	private static String resource(String doctype) {
		return "/api/resource/" + ErpEndpoint.encode(doctype);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}

package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.adapters.out.http.ErpEndpoint;
import org.distributionhub.erpgateway.adapters.out.http.JsonHttp;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Odoo 19 and later: POST /json/2/model/method with the API key as bearer token, the database in X-Odoo-Database when
 * configured, and a body holding ids, context and every argument by name. Errors come as 4xx or 5xx with a JSON body
 * {name, message, arguments, context, debug}; the failure keeps Odoo's name and message.
 */
final class OdooJson2 extends OdooRpc {

	private final ErpEndpoint endpoint;
	private final JsonHttp http;
	private final Map<String, String> headers;
	private final @Nullable String configProblem;

	OdooJson2(OdooProperties properties, JsonHttp http) {
		this.endpoint = ErpEndpoint.of(properties.baseUrl(), "hub.erp.odoo.base-url");
		this.http = http;
		var headers = new LinkedHashMap<String, String>();
		headers.put("Authorization", "bearer " + (properties.apiKey() == null ? "" : properties.apiKey()));
		if (properties.database() != null && !properties.database().isBlank()) {
			headers.put("X-Odoo-Database", properties.database());
		}
		this.headers = Map.copyOf(headers);
		this.configProblem = properties.apiKey() == null || properties.apiKey().isBlank()
				? "hub.erp.odoo.api-key is not set" : null;
	}

	@Override
	JsonNode call(String model, String method, @Nullable List<Long> ids, Map<String, Object> arguments,
			Map<String, Object> context) {
		if (configProblem != null) {
			throw ErpCallFailed.temporary("ERP not configured: " + configProblem, "config");
		}
		var body = new LinkedHashMap<String, Object>();
		if (ids != null) {
			body.put("ids", ids);
		}
		if (!context.isEmpty()) {
			body.put("context", context);
		}
		body.putAll(arguments);
		var answer = http.post(endpoint.resolve("/json/2/" + model + "/" + method), headers, body);
		if (answer.isSuccess()) {
			return answer.body();
		}
		var error = answer.body();
		String name = error.path("name").asString("");
		String message = error.path("message").asString("");
		throw ErpCallFailed.forStatus(answer.status(), "Odoo " + answer.status() + " on " + model + "." + method
				+ (name.isEmpty() ? "" : " (" + name + ")") + ": "
				+ (message.isEmpty() ? answer.text().strip() : message));
	}

	@Override
	void check() {
		call("res.users", "context_get", null, Map.of(), Map.of());
	}

	@Override
	String describe() {
		return "Odoo JSON-2 at " + endpoint;
	}
}

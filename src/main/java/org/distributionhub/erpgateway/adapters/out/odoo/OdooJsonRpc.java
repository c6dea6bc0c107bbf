package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.distributionhub.erpgateway.adapters.out.http.ErpEndpoint;
import org.distributionhub.erpgateway.adapters.out.http.JsonHttp;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Odoo 18 and older: POST /jsonrpc calling object.execute_kw(db, uid, key, model, method, args, kwargs), the user id
 * from common.authenticate (asked once, again after Odoo denied access). Errors come with HTTP 200 as a JSON-RPC error
 * whose data names the Odoo exception: database conflicts and lock timeouts are transient, the rest permanent.
 */
final class OdooJsonRpc extends OdooRpc {

	private final ErpEndpoint endpoint;
	private final JsonHttp http;
	private final OdooProperties properties;
	private final AtomicReference<@Nullable Long> uid = new AtomicReference<>();
	private final AtomicLong requests = new AtomicLong();

	OdooJsonRpc(OdooProperties properties, JsonHttp http) {
		this.endpoint = ErpEndpoint.of(properties.baseUrl(), "hub.erp.odoo.base-url");
		this.http = http;
		this.properties = properties;
	}

	@Override
	JsonNode call(String model, String method, @Nullable List<Long> ids, Map<String, Object> arguments,
			Map<String, Object> context) {
		long user = uid();
		var positional = new ArrayList<Object>();
		if (ids != null) {
			positional.add(ids);
		}
		var named = new LinkedHashMap<String, Object>(arguments);
		if (!context.isEmpty()) {
			named.put("context", context);
		}
		try {
			return rpc("object", "execute_kw", List.of(properties.database(), user, properties.apiKey(), model, method,
					positional, named), model + "." + method);
		}
		catch (ErpCallFailed e) {
			if (e.getMessage() != null && e.getMessage().contains("AccessDenied")) {
				uid.set(null);
			}
			throw e;
		}
	}

	@Override
	void check() {
		uid.set(null);
		uid();
	}

	@Override
	String describe() {
		return "Odoo JSON-RPC at " + endpoint + (properties.database() == null ? "" : ", database " + properties.database());
	}

	private long uid() {
		var known = uid.get();
		if (known != null) {
			return known;
		}
		if (blank(properties.database()) || blank(properties.login()) || blank(properties.apiKey())) {
			throw ErpCallFailed.temporary("ERP not configured: hub.erp.odoo.database, login and api-key are needed "
					+ "for protocol jsonrpc", "config");
		}
		var answer = rpc("common", "authenticate",
				List.of(properties.database(), properties.login(), properties.apiKey(), Map.of()), "common.authenticate");
		if (!answer.canConvertToLong() || answer.asLong() <= 0) {
			throw ErpCallFailed.permanent("Odoo refused the login '" + properties.login() + "' on database '"
					+ properties.database() + "' (common.authenticate answered " + answer + ")", "auth");
		}
		uid.set(answer.asLong());
		return answer.asLong();
	}

	private JsonNode rpc(String service, String method, List<?> args, String what) {
		var body = Map.of("jsonrpc", "2.0", "method", "call", "id", requests.incrementAndGet(), "params",
				Map.of("service", service, "method", method, "args", args));
		var answer = http.post(endpoint.resolve("/jsonrpc"), Map.of(), body);
		if (!answer.isSuccess()) {
			throw ErpCallFailed.forStatus(answer.status(), "Odoo " + answer.status() + " on " + what + ": "
					+ answer.text().strip());
		}
		var error = answer.body().path("error");
		if (!error.isMissingNode() && !error.isNull()) {
			throw failure(error, what);
		}
		return answer.body().path("result");
	}

	private static ErpCallFailed failure(JsonNode error, String what) {
		String name = error.path("data").path("name").asString("");
		String message = error.path("data").path("message").asString(error.path("message").asString(""));
		String reason = "Odoo error on " + what + (name.isEmpty() ? "" : " (" + name + ")") + ": " + message;
		boolean transientFailure = name.startsWith("psycopg2.") || name.contains("Concurrency")
				|| name.contains("SerializationFailure") || name.contains("LockNotAvailable");
		if (transientFailure) {
			return ErpCallFailed.temporary(reason, "odoo_conflict");
		}
		boolean access = name.contains("AccessDenied") || name.contains("SessionExpired");
		return ErpCallFailed.permanent(reason, access ? "auth" : "refused");
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}

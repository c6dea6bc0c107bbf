package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Calls an Odoo model method, with the record ids, the method's arguments by name and a context; each call is its own
 * transaction in Odoo. Subclasses speak JSON-2 or JSON-RPC; the helpers here are the ORM methods the adapter uses.
 */
abstract class OdooRpc {

	/** The method's result; an answer that is an error ends with {@link ErpCallFailed}. */
	abstract JsonNode call(String model, String method, @Nullable List<Long> ids, Map<String, Object> arguments,
			Map<String, Object> context);

	/** Asks something harmless with the credentials; throws {@link ErpCallFailed} when Odoo says no. */
	abstract void check();

	abstract String describe();

	List<JsonNode> searchRead(String model, List<?> domain, List<String> fields, int limit, String order) {
		var arguments = new LinkedHashMap<String, Object>();
		arguments.put("domain", domain);
		arguments.put("fields", fields);
		if (limit > 0) {
			arguments.put("limit", limit);
		}
		arguments.put("order", order);
		var records = new ArrayList<JsonNode>();
		call(model, "search_read", null, arguments, Map.of()).forEach(records::add);
		return records;
	}

	void write(String model, List<Long> ids, Map<String, Object> values) {
		call(model, "write", ids, Map.of("vals", values), Map.of());
	}

	long create(String model, Map<String, Object> values) {
		var created = call(model, "create", null, Map.of("vals_list", List.of(values)), Map.of());
		var id = created.isArray() ? created.path(0) : created;
		if (!id.canConvertToLong()) {
			throw ErpCallFailed.permanent("Odoo answered " + model + ".create without an id: " + created, "other");
		}
		return id.asLong();
	}

	/** A button or action method on records, e.g. action_post; its result is true, false or a wizard action. */
	JsonNode act(String model, String method, List<Long> ids, Map<String, Object> context) {
		return call(model, method, ids, Map.of(), context);
	}

	/** The id of a many2one value ([id, name] or false), or -1. */
	static long idOf(JsonNode many2one) {
		if (many2one.isArray() && !many2one.isEmpty()) {
			return many2one.get(0).asLong();
		}
		return many2one.canConvertToLong() ? many2one.asLong() : -1;
	}

	/** The display name of a many2one value, or null. */
	static @Nullable String nameOf(JsonNode many2one) {
		return many2one.isArray() && many2one.size() > 1 ? many2one.get(1).asString() : null;
	}
}

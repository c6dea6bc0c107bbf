package org.distributionhub.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What a client of a published OpenAPI 3.1 document would find broken in the one the code generates now (ADR 0020):
 * a removed path, operation, parameter, media type or response code; a removed response property; a new required
 * request property, parameter or body; a changed type; a removed enum value. Additions pass. Local references
 * ({@code #/components/...}) are followed on both sides; other references are compared as they are written.
 */
public final class ContractDiff {

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

	private enum Direction {
		REQUEST, RESPONSE
	}

	private final JsonNode published;
	private final JsonNode generated;
	private final List<String> breaks = new ArrayList<>();
	private final Set<String> compared = new HashSet<>();

	private ContractDiff(JsonNode published, JsonNode generated) {
		this.published = published;
		this.generated = generated;
	}

	/** Every breaking change of the paths under the prefix, each as one sentence naming where it is. */
	public static List<String> breakingChanges(JsonNode published, JsonNode generated, String pathPrefix) {
		var diff = new ContractDiff(published, generated);
		published.path("paths").properties().forEach(path -> {
			if (path.getKey().startsWith(pathPrefix)) {
				diff.path(path.getKey(), path.getValue(), generated.path("paths").path(path.getKey()));
			}
		});
		return List.copyOf(diff.breaks);
	}

	private void path(String path, JsonNode before, JsonNode after) {
		if (after.isMissingNode()) {
			breaks.add(path + ": the path was removed");
			return;
		}
		for (String method : METHODS) {
			JsonNode was = before.path(method);
			if (was.isMissingNode()) {
				continue;
			}
			String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
			JsonNode now = after.path(method);
			if (now.isMissingNode()) {
				breaks.add(where + ": the operation was removed");
				continue;
			}
			parameters(where, parameters(before, was, published), parameters(after, now, generated));
			requestBody(where, resolve(published, was.path("requestBody")), resolve(generated, now.path("requestBody")));
			responses(where, was.path("responses"), now.path("responses"));
		}
	}

	/** The path item's and the operation's parameters, by "in" and name. */
	private static java.util.Map<String, JsonNode> parameters(JsonNode item, JsonNode operation, JsonNode doc) {
		var byKey = new java.util.LinkedHashMap<String, JsonNode>();
		for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
			list.forEach(parameter -> {
				JsonNode resolved = resolve(doc, parameter);
				byKey.put(resolved.path("in").asString("") + " " + resolved.path("name").asString(""), resolved);
			});
		}
		return byKey;
	}

	private void parameters(String where, java.util.Map<String, JsonNode> before, java.util.Map<String, JsonNode> after) {
		before.forEach((key, was) -> {
			JsonNode now = after.get(key);
			if (now == null) {
				breaks.add(where + ": parameter " + key + " was removed");
				return;
			}
			if (now.path("required").asBoolean(false) && !was.path("required").asBoolean(false)) {
				breaks.add(where + ": parameter " + key + " became required");
			}
			schema(where + ": parameter " + key, "", was.path("schema"), now.path("schema"), Direction.REQUEST);
		});
		after.forEach((key, now) -> {
			if (!before.containsKey(key) && now.path("required").asBoolean(false)) {
				breaks.add(where + ": required parameter " + key + " was added");
			}
		});
	}

	private void requestBody(String where, JsonNode before, JsonNode after) {
		if (before.isMissingNode()) {
			if (after.path("required").asBoolean(false)) {
				breaks.add(where + ": a required request body was added");
			}
			return;
		}
		if (after.isMissingNode()) {
			breaks.add(where + ": the request body was removed");
			return;
		}
		if (after.path("required").asBoolean(false) && !before.path("required").asBoolean(false)) {
			breaks.add(where + ": the request body became required");
		}
		content(where + ": request", before.path("content"), after.path("content"), Direction.REQUEST);
	}

	private void responses(String where, JsonNode before, JsonNode after) {
		before.properties().forEach(response -> {
			JsonNode now = after.path(response.getKey());
			if (now.isMissingNode()) {
				breaks.add(where + ": response " + response.getKey() + " was removed");
				return;
			}
			content(where + ": response " + response.getKey(), resolve(published, response.getValue()).path("content"),
					resolve(generated, now).path("content"), Direction.RESPONSE);
		});
	}

	private void content(String where, JsonNode before, JsonNode after, Direction direction) {
		before.properties().forEach(media -> {
			JsonNode now = after.path(media.getKey());
			if (now.isMissingNode()) {
				breaks.add(where + ": media type " + media.getKey() + " was removed");
				return;
			}
			schema(where + " " + media.getKey(), "$", media.getValue().path("schema"), now.path("schema"), direction);
		});
	}

	private void schema(String where, String at, JsonNode beforeRaw, JsonNode afterRaw, Direction direction) {
		if (beforeRaw.isMissingNode() || afterRaw.isMissingNode()) {
			return;
		}
		String before$ref = beforeRaw.path("$ref").asString("");
		String after$ref = afterRaw.path("$ref").asString("");
		if (!before$ref.isEmpty() && !before$ref.startsWith("#/") && !before$ref.equals(after$ref)) {
			breaks.add(where + " " + at + ": the schema " + before$ref + " became " + describe(afterRaw));
			return;
		}
		// One comparison per pair of schemas, direction and place: recursive schemas end here.
		if (!compared.add(where + at + direction + before$ref + "|" + after$ref)) {
			return;
		}
		JsonNode before = resolve(published, beforeRaw);
		JsonNode after = resolve(generated, afterRaw);
		Set<String> typesBefore = types(before);
		Set<String> typesAfter = types(after);
		if (!typesBefore.isEmpty() && !typesAfter.isEmpty() && !typesAfter.containsAll(typesBefore)) {
			breaks.add(where + " " + at + ": type " + typesBefore + " became " + typesAfter);
			return;
		}
		if (before.has("enum") && after.has("enum")) {
			Set<String> valuesAfter = new HashSet<>();
			after.path("enum").forEach(value -> valuesAfter.add(value.toString()));
			before.path("enum").forEach(value -> {
				if (!valuesAfter.contains(value.toString())) {
					breaks.add(where + " " + at + ": enum value " + value + " was removed");
				}
			});
		}
		properties(where, at, before, after, direction);
		schema(where, at + "[]", before.path("items"), after.path("items"), direction);
	}

	private void properties(String where, String at, JsonNode before, JsonNode after, Direction direction) {
		Set<String> requiredBefore = names(before.path("required"));
		Set<String> requiredAfter = names(after.path("required"));
		before.path("properties").properties().forEach(property -> {
			JsonNode now = after.path("properties").path(property.getKey());
			String field = at + "." + property.getKey();
			if (now.isMissingNode()) {
				if (direction == Direction.RESPONSE || after.has("properties")) {
					breaks.add(where + " " + field + ": the " + (direction == Direction.RESPONSE ? "response" : "request")
							+ " property was removed");
				}
				return;
			}
			schema(where, field, property.getValue(), now, direction);
		});
		if (direction == Direction.REQUEST) {
			requiredAfter.stream()
				.filter(name -> !requiredBefore.contains(name))
				.forEach(name -> breaks.add(where + " " + at + "." + name + ": the request property became required"));
		}
	}

	private static Set<String> types(JsonNode schema) {
		var types = new LinkedHashSet<String>();
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			type.forEach(it -> types.add(it.asString()));
		}
		else if (type.isString()) {
			types.add(type.asString());
		}
		types.remove("null");
		return types;
	}

	private static Set<String> names(JsonNode list) {
		var names = new LinkedHashSet<String>();
		list.forEach(name -> names.add(name.asString()));
		return names;
	}

	private static String describe(JsonNode schema) {
		return schema.has("$ref") ? schema.path("$ref").asString() : "an inline schema";
	}

	/** Follows local references ({@code #/components/...}), at most 20 deep; anything else is returned as it is. */
	private static JsonNode resolve(JsonNode doc, JsonNode node) {
		JsonNode current = node;
		for (int depth = 0; depth < 20 && current.path("$ref").asString("").startsWith("#/"); depth++) {
			current = doc.at(current.path("$ref").asString().substring(1));
		}
		return current;
	}
}

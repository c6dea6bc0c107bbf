package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Odoo domains as Odoo reads them: a list of [field, operator, value] terms in prefix notation with the operators
 * &amp;, | and !, terms side by side joined by AND. Operators =, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, ilike.
 */
final class OdooDomains {

	private OdooDomains() {
	}

	static Predicate<ObjectNode> parse(JsonNode domain, Consumer<String> fieldCheck) {
		var parts = new ArrayList<JsonNode>();
		domain.forEach(parts::add);
		var all = new ArrayList<Predicate<ObjectNode>>();
		int[] position = { 0 };
		while (position[0] < parts.size()) {
			all.add(next(parts, position, fieldCheck));
		}
		return record -> all.stream().allMatch(it -> it.test(record));
	}

	private static Predicate<ObjectNode> next(List<JsonNode> parts, int[] position, Consumer<String> fieldCheck) {
		var part = parts.get(position[0]++);
		if (part.isString()) {
			return switch (part.asString()) {
				case "&" -> next(parts, position, fieldCheck).and(next(parts, position, fieldCheck));
				case "|" -> next(parts, position, fieldCheck).or(next(parts, position, fieldCheck));
				case "!" -> next(parts, position, fieldCheck).negate();
				default -> throw OdooDatabase.OdooError.value("Invalid domain operator " + part);
			};
		}
		String field = part.get(0).asString();
		fieldCheck.accept(field);
		String operator = part.get(1).asString();
		var value = part.get(2);
		return record -> matches(record.path(field), operator, value);
	}

	private static boolean matches(JsonNode actual, String operator, JsonNode value) {
		return switch (operator) {
			case "=" -> equal(actual, value);
			case "!=" -> !equal(actual, value);
			case "in" -> contains(value, actual);
			case "not in" -> !contains(value, actual);
			case ">" -> present(actual) && OdooDatabase.compare(actual, value) > 0;
			case ">=" -> present(actual) && OdooDatabase.compare(actual, value) >= 0;
			case "<" -> present(actual) && OdooDatabase.compare(actual, value) < 0;
			case "<=" -> present(actual) && OdooDatabase.compare(actual, value) <= 0;
			case "ilike" -> present(actual) && actual.asString("").toLowerCase()
				.contains(value.asString("").replace("%", "").toLowerCase());
			default -> throw OdooDatabase.OdooError.value("Invalid domain operator '" + operator + "'");
		};
	}

	private static boolean contains(JsonNode values, JsonNode actual) {
		for (JsonNode value : values) {
			if (equal(actual, value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean equal(JsonNode actual, JsonNode value) {
		if (value.isBoolean() && !value.asBoolean()) {
			return !present(actual) || actual.isBoolean() && !actual.asBoolean();
		}
		if (!present(actual)) {
			return false;
		}
		if (actual.isNumber() && value.isNumber()) {
			return actual.decimalValue().compareTo(value.decimalValue()) == 0;
		}
		return actual.asString("").equals(value.asString(""));
	}

	private static boolean present(JsonNode value) {
		return !value.isMissingNode() && !value.isNull();
	}
}

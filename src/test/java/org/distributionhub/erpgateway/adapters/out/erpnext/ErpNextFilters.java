package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.util.Comparator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Frappe list filters [field, operator, value] (=, !=, &gt;, &gt;=, &lt;, &lt;=, in, not in) and order_by. */
final class ErpNextFilters {

	private ErpNextFilters() {
	}

	static boolean matches(JsonNode actual, String operator, JsonNode value) {
		return switch (operator) {
			case "=" -> same(actual, value);
			case "!=" -> !same(actual, value);
			case ">" -> compare(actual, value) > 0;
			case ">=" -> compare(actual, value) >= 0;
			case "<" -> compare(actual, value) < 0;
			case "<=" -> compare(actual, value) <= 0;
			case "in" -> contains(value, actual);
			case "not in" -> !contains(value, actual);
			default -> throw ErpNextSite.FrappeError.validation("Operator " + operator + " is not supported");
		};
	}

	static Comparator<ObjectNode> order(String orderBy) {
		Comparator<ObjectNode> order = (a, b) -> 0;
		for (String part : orderBy.split(",")) {
			String[] words = part.strip().split("\\s+");
			String field = words[0].replace("`", "");
			Comparator<ObjectNode> byField = (a, b) -> compare(a.path(field), b.path(field));
			order = order.thenComparing(words.length > 1 && words[1].equalsIgnoreCase("desc") ? byField.reversed()
					: byField);
		}
		return order;
	}

	private static boolean contains(JsonNode values, JsonNode actual) {
		for (JsonNode value : values) {
			if (same(actual, value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean same(JsonNode actual, JsonNode value) {
		return compare(actual, value) == 0;
	}

	private static int compare(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue());
		}
		return a.asString("").compareTo(b.asString(""));
	}
}

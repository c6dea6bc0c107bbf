package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.procurement.domain.Delivery;
import org.distributionhub.supplier.procurement.domain.LineState;
import org.distributionhub.supplier.procurement.domain.LineStatus;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A line's state as compact JSON text; its unit and currency are the line's and the order's. */
final class LineStateJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LineStateJson() {
	}

	static String write(LineState state) {
		ObjectNode node = JSON.createObjectNode();
		node.put("acknowledged", state.acknowledged());
		ArrayNode schedule = node.putArray("schedule");
		for (Delivery delivery : state.schedule()) {
			ObjectNode entry = schedule.addObject();
			entry.put("quantity", delivery.quantity().amount().toPlainString());
			entry.put("date", delivery.date() == null ? null : delivery.date().toString());
		}
		node.put("rejected", state.rejected().amount().toPlainString());
		node.put("cancelled", state.cancelled().amount().toPlainString());
		ArrayNode statuses = node.putArray("statuses");
		state.statuses().stream().sorted().forEach(status -> statuses.add(status.name()));
		node.put("unitPrice", state.unitPrice() == null ? null : state.unitPrice().amount().toPlainString());
		node.put("substitute", state.substitute() == null ? null : state.substitute().code());
		node.put("reason", state.reason());
		return JSON.writeValueAsString(node);
	}

	static LineState read(String text, UnitOfMeasure unit, @Nullable String currency) {
		JsonNode node = JSON.readTree(text);
		List<Delivery> schedule = new ArrayList<>();
		for (JsonNode entry : node.get("schedule")) {
			JsonNode date = entry.get("date");
			schedule.add(new Delivery(quantity(entry.get("quantity").asString(), unit),
					date == null || date.isNull() ? null : LocalDate.parse(date.asString())));
		}
		Set<LineStatus> statuses = EnumSet.noneOf(LineStatus.class);
		node.get("statuses").forEach(status -> statuses.add(LineStatus.valueOf(status.asString())));
		return new LineState(node.get("acknowledged").asBoolean(), schedule,
				quantity(node.get("rejected").asString(), unit), quantity(node.get("cancelled").asString(), unit),
				statuses, money(text(node, "unitPrice"), currency),
				text(node, "substitute") == null ? null : new Sku(text(node, "substitute")), text(node, "reason"));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static Quantity quantity(String amount, UnitOfMeasure unit) {
		return new Quantity(new BigDecimal(amount), unit);
	}

	private static @Nullable Money money(@Nullable String amount, @Nullable String currency) {
		return amount == null || currency == null ? null
				: new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}
}

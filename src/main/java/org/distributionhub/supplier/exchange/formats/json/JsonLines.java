package org.distributionhub.supplier.exchange.formats.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code items} of an acknowledgement into lines: the ids in the order BP (our SKU), VP (the vendor's
 * part), EN (GTIN), the ordered quantity and price as the partner repeats them, one status per acknowledgement.
 */
public final class JsonLines {

	static final int MAX_ITEMS = 10_000;

	static final int MAX_ACKNOWLEDGEMENTS = 100;

	public static final List<String> FIELDS = List.of("lineNumber", "buyerProductIdentifier", "vendorProductIdentifier",
			"gtin", "orderedQuantity", "netCost", "acknowledgements");

	private static final List<String> IDENTIFYING = List.of("lineNumber", "buyerProductIdentifier",
			"vendorProductIdentifier", "gtin");

	private JsonLines() {
	}

	static List<Line> read(Fields document) {
		var lines = new ArrayList<Line>();
		var lineNumbers = new HashMap<String, String>();
		for (Fields item : document.objects("items", 1, MAX_ITEMS, FIELDS)) {
			Line line = line(item, lineNumbers);
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static @Nullable Line line(Fields item, Map<String, String> lineNumbers) {
		Problems problems = item.problems();
		String lineNumber = lineNumber(item);
		if (lineNumber != null) {
			String earlier = lineNumbers.putIfAbsent(lineNumber, item.path("lineNumber"));
			if (earlier != null) {
				problems.add(item.path("lineNumber"), "line " + lineNumber + " is already acknowledged at " + earlier);
			}
		}
		var ids = new ArrayList<PartnerItemId>();
		id(item, "buyerProductIdentifier", "BP", TextRule.IDENTIFIER, ids);
		id(item, "vendorProductIdentifier", "VP", TextRule.IDENTIFIER, ids);
		id(item, "gtin", "EN", TextRule.GTIN, ids);
		if (IDENTIFYING.stream().noneMatch(item::has)) {
			problems.add(item.path(), "needs lineNumber or a product identifier (buyerProductIdentifier, "
					+ "vendorProductIdentifier or gtin)");
		}
		Measures.Quantity ordered = Measures.quantity(item, "orderedQuantity", false);
		Measures.Money price = Measures.money(item, "netCost", false);
		var currency = new LineCurrency(problems);
		if (price != null) {
			currency.use(price.currency(), item.path("netCost"));
		}
		List<Status> statuses = item.objects("acknowledgements", 1, MAX_ACKNOWLEDGEMENTS, JsonStatuses.FIELDS)
			.stream()
			.map(acknowledgement -> JsonStatuses.status(acknowledgement, currency))
			.filter(Objects::nonNull)
			.toList();
		return new Line(lineNumber, ids, ordered == null ? null : ordered.amount(),
				ordered == null ? null : ordered.unit(), price == null ? null : price.amount(), currency.currency(),
				statuses, List.of());
	}

	/** Our PO line number as echoed: a string, or a whole number for partners that send it as one. */
	private static @Nullable String lineNumber(Fields item) {
		JsonNode value = item.value("lineNumber", false);
		if (value != null && value.isNumber()) {
			var number = item.number("lineNumber", false, NumberRule.LINE_NUMBER);
			return number == null ? null : number.toPlainString();
		}
		return item.string("lineNumber", false, TextRule.LINE_NUMBER);
	}

	private static void id(Fields item, String field, String qualifier, TextRule rule, List<PartnerItemId> ids) {
		String value = item.string(field, false, rule);
		if (value != null) {
			ids.add(new PartnerItemId(qualifier, value));
		}
	}
}

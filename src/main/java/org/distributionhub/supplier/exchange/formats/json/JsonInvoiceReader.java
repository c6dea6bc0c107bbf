package org.distributionhub.supplier.exchange.formats.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads an invoice or credit note posted to the partner API (schema {@code /api/schemas/invoice-v1.json}). All or
 * nothing, like an acknowledgement: a document with any problem gives no invoice, only every problem with its JSON
 * path. A body is an invoice when its top level has {@code invoiceNumber} or {@code lines}.
 */
public final class JsonInvoiceReader {

	public static final List<String> FIELDS = List.of("invoiceNumber", "type", "invoiceDate", "purchaseOrderNumber",
			"originalInvoiceNumber", "currencyCode", "lines", "charges", "totalAmount");

	public static final List<String> LINE_FIELDS = List.of("lineNumber", "purchaseOrderNumber",
			"buyerProductIdentifier", "vendorProductIdentifier", "gtin", "quantity", "unitPrice");

	public static final List<String> CHARGE_FIELDS = List.of("kind", "code", "amount", "description");

	public static final List<String> TYPES = List.of("invoice", "credit_note");

	public static final List<String> CHARGE_KINDS = List.of("tax", "charge", "allowance");

	/** Money amounts: zero or more, at most a trillion, at most four decimals. */
	private static final NumberRule AMOUNT = new NumberRule(true, new BigDecimal("1000000000000"), 4);

	private JsonInvoiceReader() {
	}

	static boolean isInvoice(JsonNode tree) {
		return tree.isObject() && (tree.has("invoiceNumber") || tree.has("lines"));
	}

	/** The invoice, or null when any of its fields had a problem. */
	static @Nullable ReceivedInvoice invoice(Fields document) {
		String number = document.string("invoiceNumber", true, TextRule.IDENTIFIER);
		String type = document.code("type", false, TYPES);
		LocalDate date = document.date("invoiceDate", true);
		String po = document.string("purchaseOrderNumber", false, TextRule.IDENTIFIER);
		String original = document.string("originalInvoiceNumber", false, TextRule.IDENTIFIER);
		String currency = document.string("currencyCode", false, TextRule.CURRENCY);
		List<ReceivedInvoice.Line> lines = document.objects("lines", 1, JsonLines.MAX_ITEMS, LINE_FIELDS).stream()
			.map(JsonInvoiceReader::line).filter(Objects::nonNull).toList();
		List<ReceivedInvoice.Charge> charges = document.objects("charges", 0, 100, CHARGE_FIELDS).stream()
			.map(JsonInvoiceReader::charge).filter(Objects::nonNull).toList();
		BigDecimal total = document.number("totalAmount", false, AMOUNT);
		if (number == null || date == null || document.problems().count() > 0) {
			return null;
		}
		return new ReceivedInvoice(number, number, date, po, "credit_note".equals(type), original, currency, lines,
				charges, total);
	}

	private static ReceivedInvoice.@Nullable Line line(Fields line) {
		var ids = new ArrayList<PartnerItemId>();
		id(line, "buyerProductIdentifier", "BP", TextRule.IDENTIFIER, ids);
		id(line, "vendorProductIdentifier", "VP", TextRule.IDENTIFIER, ids);
		id(line, "gtin", "EN", TextRule.GTIN, ids);
		String lineNumber = lineNumber(line);
		if (ids.isEmpty() && lineNumber == null && !line.has("buyerProductIdentifier")
				&& !line.has("vendorProductIdentifier") && !line.has("gtin") && !line.has("lineNumber")) {
			line.problems().add(line.path(), "needs lineNumber or a product identifier (buyerProductIdentifier, "
					+ "vendorProductIdentifier or gtin)");
		}
		String po = line.string("purchaseOrderNumber", false, TextRule.IDENTIFIER);
		Measures.Quantity quantity = Measures.quantity(line, "quantity", true);
		BigDecimal price = line.number("unitPrice", true, NumberRule.PRICE);
		return quantity == null || price == null ? null
				: new ReceivedInvoice.Line(lineNumber, po, ids, quantity.amount(), quantity.unit(), price);
	}

	private static ReceivedInvoice.@Nullable Charge charge(Fields charge) {
		String kind = charge.code("kind", true, CHARGE_KINDS);
		String code = charge.string("code", false, TextRule.IDENTIFIER);
		BigDecimal amount = charge.number("amount", true, AMOUNT);
		String description = charge.string("description", false, TextRule.ANY);
		return kind == null || amount == null ? null
				: new ReceivedInvoice.Charge(kind.toUpperCase(Locale.ROOT), code, amount, description);
	}

	private static @Nullable String lineNumber(Fields line) {
		JsonNode value = line.value("lineNumber", false);
		if (value != null && value.isNumber()) {
			var number = line.number("lineNumber", false, NumberRule.LINE_NUMBER);
			return number == null ? null : number.toPlainString();
		}
		return line.string("lineNumber", false, TextRule.LINE_NUMBER);
	}

	private static void id(Fields line, String field, String qualifier, TextRule rule, List<PartnerItemId> ids) {
		String value = line.string(field, false, rule);
		if (value != null) {
			ids.add(new PartnerItemId(qualifier, value));
		}
	}
}

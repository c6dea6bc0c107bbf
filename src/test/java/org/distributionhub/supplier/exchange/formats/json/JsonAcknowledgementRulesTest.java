package org.distributionhub.supplier.exchange.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.acknowledgement;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.bytes;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.item;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.schemaErrors;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.valid;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every rule of the acknowledgement format, each broken alone: the reader names the path and what is wrong, and
 * the published schema refuses the same document, so partners who check against it meet no surprise.
 */
class JsonAcknowledgementRulesTest {

	private static final String ACK = "$.items[0].acknowledgements[0]";

	private final JsonAcknowledgementReader reader = new JsonAcknowledgementReader();

	@Test
	void theValidDocumentPassesBothTheReaderAndTheSchema() {
		assertThat(reader.read(bytes(valid())).problems()).isEmpty();
		assertThat(schemaErrors(valid())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void eachBrokenRuleIsOneProblemAtItsPath(String rule, Consumer<ObjectNode> breakIt, String path, String message) {
		var document = valid();
		breakIt.accept(document);

		var result = reader.read(bytes(document));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo(path);
			assertThat(problem.message()).contains(message);
		});
		assertThat(schemaErrors(document)).as("schema errors for: " + rule).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rulesTheSchemaCannotSay")
	void rulesAcrossFieldsAreTheReadersAlone(String rule, Consumer<ObjectNode> breakIt, String path, String message) {
		var document = valid();
		breakIt.accept(document);

		assertThat(reader.read(bytes(document)).problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo(path);
			assertThat(problem.message()).contains(message);
		});
		assertThat(schemaErrors(document)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allowedVariants")
	void allowedVariantsPassBothTheReaderAndTheSchema(String variant, Consumer<ObjectNode> change) {
		var document = valid();
		change.accept(document);

		assertThat(reader.read(bytes(document)).problems()).isEmpty();
		assertThat(schemaErrors(document)).isEmpty();
	}

	static Stream<Arguments> brokenRules() {
		return Stream.of(
				rule("an unknown field", d -> d.put("colour", "red"), "$.colour", "is not a field here"),
				rule("an unknown field deep inside", d -> acknowledgement(d).put("comment", "x"), ACK + ".comment",
						"allowed are code, quantity"),
				rule("an odd unknown field name", d -> d.put("po number", "1"), "$['po number']", "is not a field"),
				rule("no acknowledgement id", d -> d.remove("acknowledgementId"), "$.acknowledgementId", "is required"),
				rule("no purchase order number", d -> d.remove("purchaseOrderNumber"), "$.purchaseOrderNumber",
						"is required"),
				rule("an id that is a number", d -> d.put("acknowledgementId", 17), "$.acknowledgementId",
						"must be a string, not a number"),
				rule("an id that is null", d -> d.putNull("acknowledgementId"), "$.acknowledgementId",
						"must be a string, not null"),
				rule("an empty id", d -> d.put("acknowledgementId", ""), "$.acknowledgementId", "must not be empty"),
				rule("an id over 64 characters", d -> d.put("purchaseOrderNumber", "P".repeat(65)),
						"$.purchaseOrderNumber", "is 65 characters long, at most 64"),
				rule("an id with a leading space", d -> d.put("purchaseOrderNumber", " PO-1"),
						"$.purchaseOrderNumber", "printable ASCII characters without leading or trailing spaces"),
				rule("an id with a line break", d -> d.put("sellerOrderNumber", "S\n1"), "$.sellerOrderNumber",
						"not 'S?1'"),
				rule("an unknown purpose", d -> d.put("purpose", "update"), "$.purpose",
						"'update' is not one of original, change, replace"),
				rule("no acknowledgement time", d -> d.remove("acknowledgedAt"), "$.acknowledgedAt", "is required"),
				rule("a time without offset", d -> d.put("acknowledgedAt", "2026-03-02T09:30:00"), "$.acknowledgedAt",
						"must be a date and time such as"),
				rule("a time without seconds", d -> d.put("acknowledgedAt", "2026-03-02T09:30Z"), "$.acknowledgedAt",
						"must be a date and time such as"),
				rule("a time on a day that does not exist", d -> d.put("acknowledgedAt", "2026-02-30T09:30:00Z"),
						"$.acknowledgedAt", "is not a date and time in the calendar"),
				rule("a purchase order date in another format", d -> d.put("purchaseOrderDate", "03/02/2026"),
						"$.purchaseOrderDate", "must be a date as YYYY-MM-DD"),
				rule("no items", d -> d.remove("items"), "$.items", "is required"),
				rule("empty items", d -> d.putArray("items"), "$.items", "must have 1 to 10000 elements, not 0"),
				rule("items that are an object", d -> d.putObject("items"), "$.items",
						"must be an array, not an object"),
				rule("an item that is a string", d -> d.putArray("items").add("SKU-1"), "$.items[0]",
						"must be an object, not a string"),
				rule("an item named by nothing",
						d -> item(d, 0).remove(List.of("lineNumber", "buyerProductIdentifier",
								"vendorProductIdentifier", "gtin")),
						"$.items[0]", "needs lineNumber or a product identifier"),
				rule("a GTIN of 11 digits", d -> item(d, 0).put("gtin", "40063813339"), "$.items[0].gtin",
						"must be a GTIN of 8, 12, 13 or 14 digits"),
				rule("a line number with spaces", d -> item(d, 0).put("lineNumber", "line 1"), "$.items[0].lineNumber",
						"must be letters, digits"),
				rule("a line number 0", d -> item(d, 0).put("lineNumber", 0), "$.items[0].lineNumber",
						"must be more than 0"),
				rule("a line number with decimals", d -> item(d, 0).put("lineNumber", new BigDecimal("1.5")),
						"$.items[0].lineNumber", "must be a whole number"),
				rule("an ordered quantity without amount",
						d -> ((ObjectNode) item(d, 0).get("orderedQuantity")).remove("amount"),
						"$.items[0].orderedQuantity.amount", "is required"),
				rule("an item price in a lower-case currency",
						d -> ((ObjectNode) item(d, 0).get("netCost")).put("currencyCode", "eur"),
						"$.items[0].netCost.currencyCode", "an ISO 4217 currency code"),
				rule("a negative item price", d -> ((ObjectNode) item(d, 0).get("netCost")).put("amount", -1),
						"$.items[0].netCost.amount", "must not be negative"),
				rule("no acknowledgements", d -> item(d, 0).remove("acknowledgements"),
						"$.items[0].acknowledgements", "is required"),
				rule("empty acknowledgements", d -> item(d, 0).putArray("acknowledgements"),
						"$.items[0].acknowledgements", "must have 1 to 100 elements, not 0"),
				rule("no code", d -> acknowledgement(d).remove("code"), ACK + ".code", "is required"),
				rule("an unknown code", d -> acknowledgement(d).put("code", "Maybe"), ACK + ".code",
						"'Maybe' is not one of Accepted, Backordered, Rejected, QuantityChanged"),
				rule("a code in the wrong case", d -> acknowledgement(d).put("code", "accepted"), ACK + ".code",
						"is not one of"),
				rule("no quantity", d -> acknowledgement(d).remove("quantity"), ACK + ".quantity", "is required"),
				rule("a quantity that is a number", d -> acknowledgement(d).put("quantity", 100), ACK + ".quantity",
						"must be an object, not a number"),
				rule("a negative quantity", d -> quantity(d).put("amount", -5), ACK + ".quantity.amount",
						"must not be negative"),
				rule("a quantity of 0", d -> quantity(d).put("amount", 0), ACK + ".quantity.amount",
						"must be more than 0"),
				rule("a quantity as text", d -> quantity(d).put("amount", "100"), ACK + ".quantity.amount",
						"must be a number, not a string"),
				rule("a quantity over a billion", d -> quantity(d).put("amount", new BigDecimal("2e9")),
						ACK + ".quantity.amount", "must be at most 1000000000"),
				rule("a unit spelled out", d -> quantity(d).put("unitOfMeasure", "Eaches"),
						ACK + ".quantity.unitOfMeasure", "is 6 characters long, at most 3"),
				rule("a unit in lower case", d -> quantity(d).put("unitOfMeasure", "ea"),
						ACK + ".quantity.unitOfMeasure", "an X12 unit of measure code"),
				rule("a ship date that does not exist", d -> acknowledgement(d).put("scheduledShipDate", "2026-02-30"),
						ACK + ".scheduledShipDate", "2026-02-30 is not a date in the calendar"),
				rule("a delivery date with a time",
						d -> acknowledgement(d).put("scheduledDeliveryDate", "2026-03-12T00:00:00Z"),
						ACK + ".scheduledDeliveryDate", "must be a date as YYYY-MM-DD"),
				rule("a rejection reason on an acceptance",
						d -> acknowledgement(d).put("rejectionReason", "ObsoleteProduct"), ACK + ".rejectionReason",
						"is only allowed when code is Rejected"),
				rule("an unknown rejection reason",
						d -> acknowledgement(d).put("code", "Rejected").put("rejectionReason", "TooExpensive"),
						ACK + ".rejectionReason", "is not one of TemporarilyUnavailable"),
				rule("a date change without a date",
						d -> acknowledgement(d).put("code", "DateChanged").remove("scheduledShipDate"), ACK,
						"code DateChanged needs scheduledShipDate or scheduledDeliveryDate"),
				rule("a price change without a price", d -> acknowledgement(d).put("code", "PriceChanged"),
						ACK + ".netCost", "is required when code is PriceChanged"),
				rule("a substitution without a product", d -> acknowledgement(d).put("code", "Substituted"),
						ACK + ".substituteProduct", "is required when code is Substituted"),
				rule("a substitute product naming nothing",
						d -> acknowledgement(d).put("code", "Substituted").putObject("substituteProduct"),
						ACK + ".substituteProduct", "needs vendorProductIdentifier or gtin"),
				rule("a substitute product on an acceptance",
						d -> acknowledgement(d).putObject("substituteProduct").put("gtin", "4006381333948"),
						ACK + ".substituteProduct", "is only allowed when code is Substituted"));
	}

	/** The rules the schema's description states in words because JSON Schema cannot say them portably. */
	static Stream<Arguments> rulesTheSchemaCannotSay() {
		return Stream.of(
				rule("a price with five decimals",
						d -> ((ObjectNode) item(d, 0).get("netCost")).put("amount", new BigDecimal("1.00001")),
						"$.items[0].netCost.amount", "must have at most 4 decimals"),
				rule("a quantity with four decimals", d -> quantity(d).put("amount", new BigDecimal("1.2345")),
						ACK + ".quantity.amount", "must have at most 3 decimals"),
				rule("a line acknowledged twice", d -> ((ArrayNode) d.get("items"))
					.add(item(d, 0).deepCopy().put("buyerProductIdentifier", "SKU-2")), "$.items[1].lineNumber",
						"line 1 is already acknowledged at $.items[0].lineNumber"),
				rule("a status price in another currency",
						d -> acknowledgement(d).putObject("netCost").put("amount", 2).put("currencyCode", "USD"),
						ACK + ".netCost.currencyCode", "USD differs from EUR at $.items[0].netCost"));
	}

	static Stream<Arguments> allowedVariants() {
		return Stream.of(
				variant("only a vendor part", d -> item(d, 0).remove(List.of("lineNumber",
						"buyerProductIdentifier", "gtin"))),
				variant("a line number as a number", d -> item(d, 0).put("lineNumber", 10)),
				variant("a quantity written 100.0", d -> quantity(d).put("amount", new BigDecimal("100.0"))),
				variant("a quantity written 1e2", d -> quantity(d).put("amount", new BigDecimal("1E+2"))),
				variant("a quantity without unit", d -> quantity(d).remove("unitOfMeasure")),
				variant("an 8-digit GTIN", d -> item(d, 0).put("gtin", "96385074")),
				variant("a time with a negative offset and fractions",
						d -> d.put("acknowledgedAt", "2026-03-02T04:30:00.123456-05:00")),
				variant("a leap day", d -> acknowledgement(d).put("scheduledShipDate", "2028-02-29")),
				variant("every purpose", d -> d.put("purpose", "cancellation")),
				variant("a rejection without reason",
						d -> acknowledgement(d).put("code", "Rejected").remove("scheduledShipDate")),
				variant("a free item", d -> ((ObjectNode) item(d, 0).get("netCost")).put("amount", 0)));
	}

	private static ObjectNode quantity(ObjectNode document) {
		return (ObjectNode) acknowledgement(document).get("quantity");
	}

	private static Arguments rule(String rule, Consumer<ObjectNode> breakIt, String path, String message) {
		return Arguments.of(rule, breakIt, path, message);
	}

	private static Arguments variant(String variant, Consumer<ObjectNode> change) {
		return Arguments.of(variant, change);
	}
}

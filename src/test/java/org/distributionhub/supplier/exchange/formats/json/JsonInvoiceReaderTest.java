package org.distributionhub.supplier.exchange.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice.Charge;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/** Invoices posted to the partner API, read by the API channel's reader next to acknowledgements. */
class JsonInvoiceReaderTest {

	static final Path SCHEMA_FILE = Path.of("src/main/resources/static/api/schemas/invoice-v1.json");

	static final Path EXAMPLES = Path.of("docs/partner-api/examples/invoices");

	private final JsonAcknowledgementReader reader = new JsonAcknowledgementReader();

	private ReadResult read(String json) {
		return reader.read(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsACreditNoteWithChargesAndLinesOfTheirOwnOrders() {
		var result = read("""
				{
				  "invoiceNumber": "CN-7", "type": "credit_note", "invoiceDate": "2026-12-01",
				  "purchaseOrderNumber": "PO-1", "originalInvoiceNumber": "INV-6", "currencyCode": "EUR",
				  "lines": [
				    { "lineNumber": 2, "purchaseOrderNumber": "PO-2", "vendorProductIdentifier": "ABC-1",
				      "gtin": "4006381333931", "quantity": { "amount": 3, "unitOfMeasure": "EA" }, "unitPrice": 2.5 }
				  ],
				  "charges": [ { "kind": "allowance", "code": "DI", "amount": 0.5, "description": "Discount" } ],
				  "totalAmount": 7.0
				}
				""");

		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).containsExactly(new ReceivedInvoice("CN-7", "CN-7", LocalDate.of(2026, 12, 1),
				"PO-1", true, "INV-6", "EUR",
				List.of(new ReceivedInvoice.Line("2", "PO-2",
						List.of(new PartnerItemId("VP", "ABC-1"), new PartnerItemId("EN", "4006381333931")),
						new BigDecimal("3"), "EA", new BigDecimal("2.5"))),
				List.of(new Charge("ALLOWANCE", "DI", new BigDecimal("0.5"), "Discount")), new BigDecimal("7")));
	}

	@Test
	void namesEveryWrongFieldByItsPath() {
		var result = read("""
				{ "invoiceNumber": "INV-1", "type": "bill", "lines": [ { "quantity": { "amount": 0 }, "unitPrice": -1 } ],
				  "charges": [ { "kind": "fee", "amount": 1 } ], "items": [] }
				""");

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).containsExactlyInAnyOrder(
				new SyntaxProblem("$.items", "is not a field here; allowed are "
						+ String.join(", ", JsonInvoiceReader.FIELDS)),
				new SyntaxProblem("$.type", "'bill' is not one of invoice, credit_note"),
				new SyntaxProblem("$.invoiceDate", "is required"),
				new SyntaxProblem("$.lines[0]", "needs lineNumber or a product identifier (buyerProductIdentifier, "
						+ "vendorProductIdentifier or gtin)"),
				new SyntaxProblem("$.lines[0].quantity.amount", "must be more than 0"),
				new SyntaxProblem("$.lines[0].unitPrice", "must not be negative"),
				new SyntaxProblem("$.charges[0].kind", "'fee' is not one of tax, charge, allowance"));
	}

	@Test
	void thePublishedSchemaNamesTheReadersFieldsAndCodes() throws Exception {
		JsonNode schema = AcknowledgementJson.read(SCHEMA_FILE);

		assertThat(schema.get("properties").propertyNames()).containsExactlyElementsOf(JsonInvoiceReader.FIELDS);
		var definitions = schema.get("$defs");
		assertThat(definitions.get("line").get("properties").propertyNames())
			.containsExactlyElementsOf(JsonInvoiceReader.LINE_FIELDS);
		assertThat(definitions.get("charge").get("properties").propertyNames())
			.containsExactlyElementsOf(JsonInvoiceReader.CHARGE_FIELDS);
		assertThat(strings(schema.get("properties").get("type").get("enum"))).isEqualTo(JsonInvoiceReader.TYPES);
		assertThat(strings(definitions.get("charge").get("properties").get("kind").get("enum")))
			.isEqualTo(JsonInvoiceReader.CHARGE_KINDS);
	}

	@Test
	void theDocumentedExamplesPassTheSchemaAndTheReader() throws Exception {
		var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(AcknowledgementJson.read(SCHEMA_FILE));
		List<Path> examples;
		try (var files = Files.list(EXAMPLES)) {
			examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}

		assertThat(examples).isNotEmpty();
		for (Path example : examples) {
			ReadResult result = reader.read(Files.readAllBytes(example));
			assertThat(result.problems()).as(example.toString()).isEmpty();
			assertThat(result.documents()).as(example.toString()).singleElement().isInstanceOf(ReceivedInvoice.class);
			assertThat(schema.validate(AcknowledgementJson.read(example))).as(example.toString()).isEmpty();
		}
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
	}
}

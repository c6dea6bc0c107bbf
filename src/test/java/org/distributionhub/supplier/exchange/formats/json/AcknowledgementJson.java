package org.distributionhub.supplier.exchange.formats.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Acknowledgement documents for the tests: a valid one to spoil, and the published schema to check them with. */
public final class AcknowledgementJson {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path SCHEMA_FILE = Path.of("src/main/resources/static/api/schemas/acknowledgement-v1.json");

	private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(read(SCHEMA_FILE));

	private AcknowledgementJson() {
	}

	/** One line of 100 EA, accepted in full, named by line number, SKU, vendor part and GTIN. */
	static ObjectNode valid() {
		return (ObjectNode) JSON.readTree("""
				{
				  "acknowledgementId": "ACK-1",
				  "purchaseOrderNumber": "PO-4711",
				  "acknowledgedAt": "2026-03-02T09:30:00Z",
				  "items": [
				    {
				      "lineNumber": "1",
				      "buyerProductIdentifier": "SKU-1",
				      "vendorProductIdentifier": "V-100",
				      "gtin": "4006381333931",
				      "orderedQuantity": { "amount": 100, "unitOfMeasure": "EA" },
				      "netCost": { "amount": 2.5, "currencyCode": "EUR" },
				      "acknowledgements": [
				        { "code": "Accepted", "quantity": { "amount": 100, "unitOfMeasure": "EA" },
				          "scheduledShipDate": "2026-03-10" }
				      ]
				    }
				  ]
				}
				""");
	}

	static ObjectNode item(ObjectNode document, int index) {
		return (ObjectNode) document.get("items").get(index);
	}

	static ObjectNode acknowledgement(ObjectNode document) {
		return (ObjectNode) item(document, 0).get("acknowledgements").get(0);
	}

	public static byte[] bytes(JsonNode document) {
		return JSON.writeValueAsBytes(document);
	}

	/** What the published schema says about a document, formats (date, date-time) asserted. */
	static List<Error> schemaErrors(JsonNode document) {
		return SCHEMA.validate(document, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
	}

	static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

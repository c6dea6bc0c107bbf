package org.distributionhub.supplier.exchange.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The schema served to partners and the examples in the partner docs say what the reader does. */
class PublishedAcknowledgementSchemaTest {

	private static final JsonNode SCHEMA = AcknowledgementJson.read(AcknowledgementJson.SCHEMA_FILE);

	private static final Path EXAMPLES = Path.of("docs/partner-api/examples");

	@Test
	void namesTheSameFieldsAndCodesAsTheReader() {
		var definitions = SCHEMA.get("$defs");
		assertThat(SCHEMA.get("properties").propertyNames())
			.containsExactlyElementsOf(JsonAcknowledgementReader.FIELDS);
		assertThat(definitions.get("item").get("properties").propertyNames())
			.containsExactlyElementsOf(JsonLines.FIELDS);
		var acknowledgement = definitions.get("itemAcknowledgement").get("properties");
		assertThat(acknowledgement.propertyNames()).containsExactlyElementsOf(JsonStatuses.FIELDS);
		assertThat(strings(acknowledgement.get("code").get("enum"))).isEqualTo(JsonStatuses.CODES);
		assertThat(strings(acknowledgement.get("rejectionReason").get("enum")))
			.isEqualTo(JsonStatuses.REJECTION_REASONS);
		assertThat(strings(SCHEMA.get("properties").get("purpose").get("enum")))
			.isEqualTo(JsonAcknowledgementReader.PURPOSES);
		assertThat(definitions.get("quantity").get("properties").propertyNames())
			.containsExactlyElementsOf(Measures.QUANTITY_FIELDS);
		assertThat(definitions.get("money").get("properties").propertyNames())
			.containsExactlyElementsOf(Measures.MONEY_FIELDS);
	}

	@Test
	void theDocumentedExamplesAreValid() throws IOException {
		List<Path> examples;
		try (var files = Files.list(EXAMPLES)) {
			examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}

		assertThat(examples).isNotEmpty();
		for (Path example : examples) {
			assertThat(new JsonAcknowledgementReader().read(Files.readAllBytes(example)).problems())
				.as(example.toString())
				.isEmpty();
			assertThat(AcknowledgementJson.schemaErrors(AcknowledgementJson.read(example))).as(example.toString())
				.isEmpty();
		}
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
	}
}

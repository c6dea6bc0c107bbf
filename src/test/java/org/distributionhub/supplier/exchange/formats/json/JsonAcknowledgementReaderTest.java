package org.distributionhub.supplier.exchange.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.acknowledgement;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.bytes;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.item;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.schemaErrors;
import static org.distributionhub.supplier.exchange.formats.json.AcknowledgementJson.valid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class JsonAcknowledgementReaderTest {

	private final JsonAcknowledgementReader reader = new JsonAcknowledgementReader();

	@Test
	void readsAValidAcknowledgementWithEveryIdAndTheDefaultPurpose() {
		var result = reader.read(bytes(valid()));

		assertThat(reader.channel()).isEqualTo(Channel.API);
		assertThat(result.problems()).isEmpty();
		assertThat(result.envelope()).isNull();
		assertThat(result.groups()).isEmpty();
		assertThat(result.documents()).containsExactly(new ReceivedAcknowledgement("ACK-1", "PO-4711", CodeList.PORTAL,
				"original", null, null, null, OffsetDateTime.parse("2026-03-02T09:30:00Z"),
				List.of(new Line("1",
						List.of(new PartnerItemId("BP", "SKU-1"), new PartnerItemId("VP", "V-100"),
								new PartnerItemId("EN", "4006381333931")),
						new BigDecimal("100"), "EA", new BigDecimal("2.5"), "EUR",
						List.of(new Status("Accepted", null, new BigDecimal("100"), "EA", "068",
								LocalDate.of(2026, 3, 10), null, List.of(), null)),
						List.of()))));
	}

	/**
	 * The accepted sandbox request of the vendor orders API (Amazon selling-partner-api-models, vendorOrders.json,
	 * Apache-2.0) in our format: the same order, item, quantities and price; a currency added, which ours requires.
	 */
	@Test
	void readsThePortalSandboxAcceptanceTranslatedIntoOurFormat() {
		String translated = """
				{
				  "acknowledgementId": "TestOrder202-20210312173526",
				  "purchaseOrderNumber": "TestOrder202",
				  "acknowledgedAt": "2021-03-12T17:35:26.308Z",
				  "items": [
				    {
				      "vendorProductIdentifier": "028877454078",
				      "orderedQuantity": { "amount": 10 },
				      "netCost": { "amount": 10.2, "currencyCode": "USD" },
				      "acknowledgements": [ { "code": "Accepted", "quantity": { "amount": 10 } } ]
				    }
				  ]
				}
				""";

		var result = reader.read(translated.getBytes(StandardCharsets.UTF_8));

		assertThat(result.problems()).isEmpty();
		var acknowledgement = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(acknowledgement.poNumber()).isEqualTo("TestOrder202");
		assertThat(acknowledgement.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2021-03-12T17:35:26.308Z"));
		assertThat(acknowledgement.lines()).containsExactly(new Line(null,
				List.of(new PartnerItemId("VP", "028877454078")), new BigDecimal("10"), null,
				new BigDecimal("10.2"), "USD",
				List.of(new Status("Accepted", null, new BigDecimal("10"), null, null, null, null, List.of(), null)),
				List.of()));
		assertThat(schemaErrors(AcknowledgementJson.JSON.readTree(translated))).isEmpty();
	}

	/** The refused sandbox request of the same API: an incomplete selling party and nothing else. */
	@Test
	void refusesThePortalSandboxBadRequestNamingEveryProblem() {
		var result = reader.read("""
				{ "purchaseOrderNumber": "TestOrder400", "sellingParty": {} }
				""".getBytes(StandardCharsets.UTF_8));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).extracting(SyntaxProblem::path)
			.containsExactly("$.sellingParty", "$.acknowledgementId", "$.acknowledgedAt", "$.items");
		assertThat(result.problems().get(0).message()).startsWith("is not a field here; allowed are acknowledgementId");
		assertThat(result.problems().get(1).message()).isEqualTo("is required");
	}

	@Test
	void anItemCarriesOneStatusPerAcknowledgement() {
		var document = valid();
		item(document, 0).putArray("acknowledgements")
			.add(status("Accepted", 60).put("scheduledShipDate", "2026-03-10"))
			.add(status("Backordered", 40).put("scheduledShipDate", "2026-04-15"));

		var line = onlyLine(reader.read(bytes(document)));

		assertThat(line.statuses()).containsExactly(
				new Status("Accepted", null, new BigDecimal("60"), "EA", "068", LocalDate.of(2026, 3, 10), null,
						List.of(), null),
				new Status("Backordered", null, new BigDecimal("40"), "EA", "068", LocalDate.of(2026, 4, 15), null,
						List.of(), null));
	}

	@Test
	void eachCodeKeepsWhatItSays() {
		var document = valid();
		item(document, 0).putArray("acknowledgements")
			.add(status("QuantityChanged", 70))
			.add(status("DateChanged", 10).put("scheduledDeliveryDate", "2026-03-20"))
			.add(status("PriceChanged", 5).set("netCost", money(2.75, "EUR")))
			.add(status("Substituted", 5).set("substituteProduct",
					AcknowledgementJson.JSON.createObjectNode().put("vendorProductIdentifier", "V-200").put("gtin",
							"4006381333948")))
			.add(status("Rejected", 5).put("rejectionReason", "ObsoleteProduct"))
			.add(status("OnHold", 5));

		var statuses = onlyLine(reader.read(bytes(document))).statuses();

		assertThat(statuses).extracting(Status::code)
			.containsExactly("QuantityChanged", "DateChanged", "PriceChanged", "Substituted", "Rejected", "OnHold");
		assertThat(statuses.get(1).dateQualifier()).isEqualTo("067");
		assertThat(statuses.get(1).date()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(statuses.get(2).unitPrice()).isEqualByComparingTo("2.75");
		assertThat(statuses.get(3).substituteItems()).containsExactly(new PartnerItemId("VP", "V-200"),
				new PartnerItemId("EN", "4006381333948"));
		assertThat(statuses.get(4).reason()).isEqualTo("ObsoleteProduct");
		assertThat(statuses).allSatisfy(status -> assertThat(status.partnerCode()).isNull());
	}

	@Test
	void withBothDatesTheDeliveryDateIsTheOneKept() {
		var document = valid();
		acknowledgement(document).put("scheduledDeliveryDate", "2026-03-12");

		var status = onlyLine(reader.read(bytes(document))).statuses().get(0);

		assertThat(status.dateQualifier()).isEqualTo("067");
		assertThat(status.date()).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void readsTheHeaderFieldsAndALineNumberSentAsANumber() {
		var document = valid().put("purpose", "change")
			.put("purchaseOrderDate", "2026-02-27")
			.put("sellerOrderNumber", "SO-99")
			.put("acknowledgedAt", "2026-03-02t10:30:00.5+01:00");
		item(document, 0).put("lineNumber", 3);
		item(document, 0).remove("netCost");
		acknowledgement(document).set("netCost", money(2.4, "USD"));

		var result = reader.read(bytes(document));

		var acknowledgement = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(acknowledgement.purposeCode()).isEqualTo("change");
		assertThat(acknowledgement.poDate()).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(acknowledgement.sellerOrderNumber()).isEqualTo("SO-99");
		assertThat(acknowledgement.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:30:00.5+01:00"));
		assertThat(acknowledgement.lines().get(0).lineNumber()).isEqualTo("3");
		assertThat(acknowledgement.lines().get(0).unitPrice()).isNull();
		assertThat(acknowledgement.lines().get(0).currency()).isEqualTo("USD");
		assertThat(schemaErrors(document)).isEmpty();
	}

	@Test
	void collectsEveryProblemOfADocumentInOrder() {
		var document = valid();
		document.remove("acknowledgedAt");
		var items = (tools.jackson.databind.node.ArrayNode) document.get("items");
		items.add(valid().get("items").get(0).deepCopy());
		items.add(valid().get("items").get(0).deepCopy());
		item(document, 1).put("lineNumber", "2").put("gtin", "123");
		item(document, 2).put("lineNumber", "3");
		((ObjectNode) item(document, 2).get("acknowledgements").get(0).get("quantity")).put("amount", "ten");
		((ObjectNode) item(document, 2).get("acknowledgements").get(0)).put("scheduledShipDate", "2026-02-30");

		var result = reader.read(bytes(document));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).containsExactly(new SyntaxProblem("$.acknowledgedAt", "is required"),
				new SyntaxProblem("$.items[1].gtin", "must be a GTIN of 8, 12, 13 or 14 digits, not '123'"),
				new SyntaxProblem("$.items[2].acknowledgements[0].quantity.amount", "must be a number, not a string"),
				new SyntaxProblem("$.items[2].acknowledgements[0].scheduledShipDate",
						"2026-02-30 is not a date in the calendar"));
	}

	@Test
	void refusesWhatIsNoJsonObject() {
		assertThat(reader.read("{\"acknowledgementId\": \"A\",".getBytes(StandardCharsets.UTF_8)).problems())
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.path()).isEqualTo("$");
				assertThat(problem.message()).startsWith("is not valid JSON (line 1, column ");
			});
		assertThat(reader.read("{\"acknowledgementId\": \"A\",\n \"acknowledgementId\": \"B\"}"
			.getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("line 2").contains("Duplicate"));
		assertThat(reader.read(new byte[0]).problems())
			.containsExactly(new SyntaxProblem("$", "is empty; an acknowledgement is a JSON object"));
		assertThat(reader.read("[{}]".getBytes(StandardCharsets.UTF_8)).problems())
			.containsExactly(new SyntaxProblem("$", "must be an object, not an array"));
		assertThat(reader.read(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}' }).problems())
			.singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("UTF-8"));
	}

	@Test
	void listsAThousandProblemsAndCountsTheRest() {
		var document = valid();
		var items = document.putArray("items");
		for (int i = 0; i < 1500; i++) {
			items.addObject().put("lineNumber", Integer.toString(i + 1));
		}

		var problems = reader.read(bytes(document)).problems();

		assertThat(problems).hasSize(Problems.LIMIT + 1);
		assertThat(problems.get(0)).isEqualTo(new SyntaxProblem("$.items[0].acknowledgements", "is required"));
		assertThat(problems.get(Problems.LIMIT)).isEqualTo(new SyntaxProblem("$", "500 more problems are not listed"));
	}

	@Test
	void theSameBytesGiveTheSameResult() {
		byte[] content = bytes(valid());

		assertThat(reader.read(content)).isEqualTo(reader.read(content));
	}

	private static Line onlyLine(ReadResult result) {
		assertThat(result.problems()).isEmpty();
		return ((ReceivedAcknowledgement) result.documents().get(0)).lines().get(0);
	}

	private static ObjectNode status(String code, int amount) {
		var status = AcknowledgementJson.JSON.createObjectNode().put("code", code);
		status.putObject("quantity").put("amount", amount).put("unitOfMeasure", "EA");
		return status;
	}

	private static ObjectNode money(double amount, String currency) {
		return AcknowledgementJson.JSON.createObjectNode()
			.put("amount", new BigDecimal(Double.toString(amount)))
			.put("currencyCode", currency);
	}
}

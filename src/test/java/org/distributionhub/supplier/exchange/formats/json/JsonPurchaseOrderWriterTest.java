package org.distributionhub.supplier.exchange.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.api.Channel;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class JsonPurchaseOrderWriterTest {

	private final JsonPurchaseOrderWriter writer = new JsonPurchaseOrderWriter();

	@Test
	void writesThePurchaseOrderInThePartnerApiNames() {
		var message = writer.purchaseOrder(PurchaseOrders.twoLines("EUR"), PurchaseOrders.addressing());

		assertThat(writer.channel()).isEqualTo(Channel.API);
		assertThat(message.fileName()).isEqualTo("po-PO_4711_A-r2.json");
		assertThat(message.contentType()).isEqualTo("application/json");
		assertThat(AcknowledgementJson.JSON.readTree(message.content())).isEqualTo(AcknowledgementJson.JSON.readTree("""
				{
				  "purchaseOrderNumber": "PO 4711/A",
				  "revision": 2,
				  "orderDate": "2026-03-01",
				  "shipTo": "DC-North",
				  "currency": "EUR",
				  "items": [
				    {
				      "lineNumber": "10",
				      "buyerProductIdentifier": "SKU-1",
				      "vendorProductIdentifier": "V-100",
				      "orderedQuantity": { "amount": 100, "unitOfMeasure": "EA" },
				      "netCost": { "amount": 2.50, "currencyCode": "EUR" },
				      "requestedDeliveryDate": "2026-03-15"
				    },
				    {
				      "lineNumber": "20",
				      "buyerProductIdentifier": "SKU-2",
				      "orderedQuantity": { "amount": 12.5, "unitOfMeasure": "KG" },
				      "requestedDeliveryDate": "2026-03-20"
				    }
				  ]
				}
				"""));
	}

	@Test
	void leavesOutACurrencyThatIsNotKnown() {
		var message = writer.purchaseOrder(PurchaseOrders.twoLines(null), PurchaseOrders.addressing());

		var document = AcknowledgementJson.JSON.readTree(message.content());
		assertThat(document.has("currency")).isFalse();
		assertThat(document.get("items").get(0).get("netCost").propertyNames()).containsExactly("amount");
	}

	/** What a supplier echoes from our purchase order is what our acknowledgement reader takes back. */
	@Test
	void anAcknowledgementEchoingThePurchaseOrderReadsBack() {
		var order = (ObjectNode) AcknowledgementJson.JSON.readTree(
				writer.purchaseOrder(PurchaseOrders.twoLines("EUR"), PurchaseOrders.addressing()).content());
		var acknowledgement = AcknowledgementJson.JSON.createObjectNode()
			.put("acknowledgementId", "ACK-" + order.get("purchaseOrderNumber").stringValue())
			.put("purchaseOrderNumber", order.get("purchaseOrderNumber").stringValue())
			.put("purchaseOrderDate", order.get("orderDate").stringValue())
			.put("acknowledgedAt", "2026-03-02T09:30:00Z");
		ArrayNode items = acknowledgement.putArray("items");
		for (var line : order.get("items")) {
			var item = ((ObjectNode) line.deepCopy());
			item.remove("requestedDeliveryDate");
			item.putArray("acknowledgements")
				.addObject()
				.put("code", "Accepted")
				.set("quantity", line.get("orderedQuantity").deepCopy());
			items.add(item);
		}

		var result = new JsonAcknowledgementReader().read(AcknowledgementJson.bytes(acknowledgement));

		assertThat(result.problems()).isEmpty();
		var read = (ReceivedAcknowledgement) result.documents().get(0);
		assertThat(read.poNumber()).isEqualTo("PO 4711/A");
		assertThat(read.lines()).extracting(ReceivedAcknowledgement.Line::lineNumber).containsExactly("10", "20");
		assertThat(read.lines().get(0).items()).containsExactly(new PartnerItemId("BP", "SKU-1"),
				new PartnerItemId("VP", "V-100"));
		assertThat(read.lines().get(0).unitPrice()).isEqualByComparingTo("2.50");
		assertThat(read.lines().get(1).statuses().get(0).quantity()).isEqualTo(new BigDecimal("12.5"));
		assertThat(read.lines().get(1).statuses().get(0).unit()).isEqualTo("KG");
	}

	@Test
	void hasNoFunctionalAcknowledgement() {
		var envelope = new InterchangeEnvelope("X12", "ZZ", "ACME", "ZZ", "HUB", "1", null, false);

		assertThatThrownBy(() -> writer.functionalAcknowledgement(envelope, List.of(), PurchaseOrders.addressing()))
			.isInstanceOf(UnsupportedOperationException.class);
	}
}

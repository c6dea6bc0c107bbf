package org.distributionhub.supplier.exchange.formats.json;

import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the purchase order we post to a supplier's webhook, in the partner API's names (the same ones its
 * acknowledgement echoes): our SKU as buyerProductIdentifier, its part as vendorProductIdentifier. Fields without a
 * value are left out; amounts are plain JSON numbers.
 */
@Component
class JsonPurchaseOrderWriter implements PartnerMessageWriter {

	private final JsonMapper json = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

	@Override
	public Channel channel() {
		return Channel.API;
	}

	@Override
	public OutboundMessage purchaseOrder(OutboundPurchaseOrder order, Addressing addressing) {
		ObjectNode document = json.createObjectNode()
			.put("purchaseOrderNumber", order.poNumber())
			.put("revision", order.revision())
			.put("orderDate", order.orderDate().toString())
			.put("shipTo", order.shipTo());
		if (order.currency() != null) {
			document.put("currency", order.currency());
		}
		var items = document.putArray("items");
		for (var line : order.lines()) {
			var item = items.addObject()
				.put("lineNumber", line.lineNumber())
				.put("buyerProductIdentifier", line.sku());
			if (line.supplierPart() != null) {
				item.put("vendorProductIdentifier", line.supplierPart());
			}
			item.putObject("orderedQuantity").put("amount", line.quantity()).put("unitOfMeasure", line.unit());
			if (line.unitPrice() != null) {
				var netCost = item.putObject("netCost").put("amount", line.unitPrice());
				if (order.currency() != null) {
					netCost.put("currencyCode", order.currency());
				}
			}
			item.put("requestedDeliveryDate", line.requestedDate().toString());
		}
		String fileName = "po-" + order.poNumber().replaceAll("[^A-Za-z0-9._-]", "_") + "-r" + order.revision()
				+ ".json";
		return new OutboundMessage(fileName, "application/json",
				json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
	}

	/**
	 * The webhook that tells an API partner its invoice was rejected: eventType {@code invoice.rejected}, the invoice
	 * and order numbers, the reason and when ({@code invoice-rejected-<invoice>.json}).
	 */
	@Override
	public OutboundMessage invoiceRejection(InvoiceRejection rejection, Addressing addressing) {
		ObjectNode document = json.createObjectNode()
			.put("eventType", "invoice.rejected")
			.put("invoiceNumber", rejection.invoiceNumber());
		if (rejection.poNumber() != null) {
			document.put("purchaseOrderNumber", rejection.poNumber());
		}
		document.put("reason", rejection.reason()).put("rejectedAt", rejection.rejectedAt().toString())
			.put("reference", rejection.reference());
		return new OutboundMessage("invoice-rejected-" + rejection.invoiceNumber().replaceAll("[^A-Za-z0-9._-]", "_")
				+ ".json", "application/json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
	}

	/** The partner API has none: the HTTP answer to the webhook call is the receipt. */
	@Override
	public OutboundMessage functionalAcknowledgement(InterchangeEnvelope received, List<GroupReport> groups,
			Addressing addressing) {
		throw new UnsupportedOperationException("The partner API has no functional acknowledgement");
	}
}

package org.distributionhub.erpgateway.adapters.out.payload;

import java.util.List;
import java.util.Locale;

import org.distributionhub.erpgateway.domain.AcknowledgementUpdate;
import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.GoodsMovement;
import org.distributionhub.erpgateway.domain.GoodsReceipt;
import org.distributionhub.erpgateway.domain.MovementLine;
import org.distributionhub.erpgateway.domain.PostingPayload;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Remainder;
import org.distributionhub.erpgateway.domain.Shipment;
import org.distributionhub.erpgateway.domain.UnreadablePayload;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes payloads as JSON and reads them back. The shape is the one the hub has always stored, field for field, so
 * rows written by earlier versions are read as they are. Reading is as lenient as before: only what the ERP adapters
 * need is required, and a payload that lacks it, or is no JSON, is read as an {@link UnreadablePayload} naming the
 * field, for example lines[1].sku, which the dispatcher parks.
 */
@Component
public final class PostingPayloadJson {

	/** Decimals are read as they were written (12.50 stays 12.50), never through a double. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/** The payload as JSON text; an unreadable payload as the text it was read from. */
	public String write(PostingPayload payload) {
		return payload instanceof UnreadablePayload unreadable ? unreadable.text() : JSON.writeValueAsString(tree(payload));
	}

	/** The payload as a JSON object, for a document that embeds it. */
	public ObjectNode tree(PostingPayload payload) {
		if (payload instanceof UnreadablePayload unreadable) {
			throw new IllegalArgumentException("An unreadable payload has no JSON: " + unreadable.problem());
		}
		return payload.map(PostingPayloadJson::acknowledgementUpdate, PostingPayloadJson::goodsReceipt,
				PostingPayloadJson::shipment, PostingPayloadJson::customerInvoice, PostingPayloadJson::vendorBill);
	}

	/** The payload stored as this text; text it cannot read gives an {@link UnreadablePayload} naming why. */
	public PostingPayload read(PostingType type, String text) {
		try {
			var root = JSON.readTree(text);
			if (root == null || !root.isObject()) {
				throw new PayloadProblem("a " + type + " payload is a JSON object");
			}
			var node = new PayloadNode(root, "");
			return switch (type) {
				case PO_ACKNOWLEDGEMENT_UPDATE -> acknowledgementUpdate(node);
				case GOODS_RECEIPT -> goodsReceipt(node);
				case SHIPMENT -> shipment(node);
				case CUSTOMER_INVOICE -> customerInvoice(node);
				case VENDOR_BILL -> vendorBill(node);
			};
		}
		catch (JacksonException e) {
			return new UnreadablePayload(type, text, "The payload is not JSON: " + e.getOriginalMessage());
		}
		catch (PayloadProblem | IllegalArgumentException e) {
			return new UnreadablePayload(type, text, "Posting payload: " + e.getMessage());
		}
	}

	private static ObjectNode acknowledgementUpdate(AcknowledgementUpdate update) {
		var root = JSON.createObjectNode();
		root.put("poNumber", update.poNumber());
		root.put("supplierId", update.supplierId());
		root.put("acknowledgementId", update.acknowledgementId());
		root.put("channel", update.channel());
		root.put("acknowledged", update.acknowledged());
		var lines = root.putArray("lines");
		for (var line : update.lines()) {
			var values = lines.addObject();
			values.put("lineNumber", line.lineNumber());
			values.put("sku", line.sku());
			values.put("quantity", line.quantity());
			values.put("unit", line.unit());
			if (line.date() != null) {
				values.put("date", line.date().toString());
			}
			if (line.unitPrice() != null) {
				values.put("unitPrice", line.unitPrice());
			}
			if (line.currency() != null) {
				values.put("currency", line.currency());
			}
			strings(values.putArray("outcomes"), line.outcomes());
			if (line.substitute() != null) {
				values.put("substitute", line.substitute());
			}
		}
		return root;
	}

	private static AcknowledgementUpdate acknowledgementUpdate(PayloadNode root) {
		return new AcknowledgementUpdate(root.text("poNumber"), root.optionalText("supplierId"),
				root.optionalText("acknowledgementId"), root.optionalText("channel"), root.flag("acknowledged", true),
				root.lines(line -> new AcknowledgementUpdate.Line(line.optionalText("lineNumber"),
						line.optionalText("sku"), line.optionalDecimal("quantity"), line.optionalText("unit"),
						line.optionalDate("date"), line.optionalDecimal("unitPrice"), line.optionalText("currency"),
						line.texts("outcomes"), line.optionalText("substitute"))));
	}

	private static ObjectNode goodsReceipt(GoodsReceipt receipt) {
		var root = JSON.createObjectNode();
		root.put("poNumber", receipt.poNumber());
		remainder(root, receipt);
		root.put("receiptId", receipt.receiptId());
		root.put("warehouse", receipt.warehouse());
		root.put("receivedAt", receipt.receivedAt() == null ? null : receipt.receivedAt().toString());
		movementLines(root, receipt);
		return root;
	}

	private static GoodsReceipt goodsReceipt(PayloadNode root) {
		return new GoodsReceipt(root.text("poNumber"), remainder(root), root.optionalText("receiptId"),
				root.optionalText("warehouse"), root.optionalInstant("receivedAt"), movementLines(root));
	}

	private static ObjectNode shipment(Shipment shipment) {
		var root = JSON.createObjectNode();
		root.put("orderNumber", shipment.orderNumber());
		remainder(root, shipment);
		root.put("orderId", shipment.orderId());
		root.put("channel", shipment.channel());
		root.put("customer", shipment.customer());
		root.put("shipmentId", shipment.shipmentId());
		root.put("warehouse", shipment.warehouse());
		root.put("dispatchedAt", shipment.dispatchedAt() == null ? null : shipment.dispatchedAt().toString());
		movementLines(root, shipment);
		return root;
	}

	private static Shipment shipment(PayloadNode root) {
		return new Shipment(root.text("orderNumber"), remainder(root), root.optionalText("orderId"),
				root.optionalText("channel"), root.optionalText("customer"), root.optionalText("shipmentId"),
				root.optionalText("warehouse"), root.optionalInstant("dispatchedAt"), movementLines(root));
	}

	private static void remainder(ObjectNode root, GoodsMovement movement) {
		root.put("remainder", movement.remainder() == null ? null
				: movement.remainder().name().toLowerCase(Locale.ROOT));
	}

	private static @Nullable Remainder remainder(PayloadNode root) {
		String remainder = root.optionalText("remainder");
		if (remainder == null) {
			return null;
		}
		if (!remainder.equals("backorder") && !remainder.equals("cancel")) {
			throw new PayloadProblem("remainder must be backorder or cancel, was '" + remainder + "'");
		}
		return Remainder.valueOf(remainder.toUpperCase(Locale.ROOT));
	}

	private static void movementLines(ObjectNode root, GoodsMovement movement) {
		var lines = root.putArray("lines");
		for (var line : movement.lines()) {
			var values = lines.addObject();
			values.put("lineNumber", line.lineNumber());
			values.put("sku", line.sku());
			values.put("quantity", line.quantity());
			values.put("unit", line.unit());
		}
	}

	private static List<MovementLine> movementLines(PayloadNode root) {
		return root.lines(line -> {
			String lineNumber = line.optionalText("lineNumber");
			String sku = line.optionalText("sku");
			var quantity = line.decimal("quantity");
			if (lineNumber == null && sku == null) {
				throw new PayloadProblem(line.at() + " needs a lineNumber or a sku");
			}
			return new MovementLine(lineNumber, sku, quantity, line.optionalText("unit"));
		});
	}

	private static ObjectNode customerInvoice(CustomerInvoice invoice) {
		var root = JSON.createObjectNode();
		root.put("orderNumber", invoice.orderNumber());
		root.put("customer", invoice.customer());
		root.put("invoiceDate", invoice.invoiceDate() == null ? null : invoice.invoiceDate().toString());
		root.put("currency", invoice.currency());
		root.put("orderId", invoice.orderId());
		root.put("channel", invoice.channel());
		root.put("invoiceReference", invoice.invoiceReference());
		strings(root.putArray("shipmentIds"), invoice.shipmentIds());
		root.put("readyAt", invoice.readyAt() == null ? null : invoice.readyAt().toString());
		var lines = root.putArray("lines");
		for (var line : invoice.lines()) {
			var values = lines.addObject();
			values.put("lineNumber", line.lineNumber());
			values.put("sku", line.sku());
			values.put("quantity", line.quantity());
			values.put("unit", line.unit());
			values.put("unitPrice", line.unitPrice());
		}
		return root;
	}

	private static CustomerInvoice customerInvoice(PayloadNode root) {
		return new CustomerInvoice(root.text("orderNumber"), root.text("customer"), root.optionalDate("invoiceDate"),
				root.optionalText("currency"), root.optionalText("orderId"), root.optionalText("channel"),
				root.optionalText("invoiceReference"), root.texts("shipmentIds"), root.optionalInstant("readyAt"),
				root.lines(line -> new CustomerInvoice.Line(line.optionalInteger("lineNumber"), line.text("sku"),
						line.decimal("quantity"), line.optionalText("unit"), line.optionalDecimal("unitPrice"))));
	}

	private static ObjectNode vendorBill(VendorBill bill) {
		var root = JSON.createObjectNode();
		root.put("poNumber", bill.poNumber());
		root.put("supplierId", bill.supplierId());
		root.put("invoiceNumber", bill.invoiceNumber());
		root.put("creditNote", bill.creditNote());
		root.put("originalInvoiceNumber", bill.originalInvoiceNumber());
		root.put("invoiceDate", bill.invoiceDate() == null ? null : bill.invoiceDate().toString());
		root.put("currency", bill.currency());
		var lines = root.putArray("lines");
		for (var line : bill.lines()) {
			lines.addObject().put("lineNumber", line.lineNumber()).put("sku", line.sku())
				.put("quantity", line.quantity()).put("unit", line.unit()).put("unitPrice", line.unitPrice())
				.put("amount", line.amount());
		}
		var charges = root.putArray("charges");
		bill.charges().forEach(charge -> charges.addObject().put("kind", charge.kind())
			.put("description", charge.description()).put("amount", charge.amount()));
		root.put("total", bill.total());
		var receipts = root.putArray("receipts");
		bill.receipts().forEach(receipt -> receipts.addObject().put("warehouse", receipt.warehouse())
			.put("receiptId", receipt.receiptId()));
		root.put("approvedBy", bill.approvedBy());
		root.put("approvalReason", bill.approvalReason());
		return root;
	}

	private static VendorBill vendorBill(PayloadNode root) {
		return new VendorBill(root.text("poNumber"), root.text("supplierId"), root.text("invoiceNumber"),
				root.flag("creditNote", false), root.optionalText("originalInvoiceNumber"),
				root.optionalDate("invoiceDate"), root.optionalText("currency"),
				root.lines(line -> new VendorBill.Line(line.optionalText("lineNumber"), line.text("sku"),
						line.decimal("quantity"), line.optionalText("unit"), line.decimal("unitPrice"),
						line.optionalDecimal("amount"))),
				root.each("charges", charge -> new VendorBill.Charge(charge.text("kind"), charge.text("description"),
						charge.decimal("amount"))),
				root.optionalDecimal("total"),
				root.each("receipts", receipt -> new VendorBill.Receipt(receipt.text("warehouse"),
						receipt.text("receiptId"))),
				root.optionalText("approvedBy"), root.optionalText("approvalReason"));
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

	/** A payload that lacks what its type needs; the message names the field. */
	static final class PayloadProblem extends RuntimeException {

		private static final long serialVersionUID = 1L;

		PayloadProblem(String problem) {
			super(problem);
		}
	}
}

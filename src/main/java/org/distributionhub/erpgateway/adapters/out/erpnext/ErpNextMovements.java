package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.GoodsMovement;
import org.distributionhub.erpgateway.domain.MovementLine;
import org.distributionhub.erpgateway.domain.Remainder;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Goods receipts as Purchase Receipts made from the purchase order (make_purchase_receipt), shipments as Delivery
 * Notes made from the sales order (make_delivery_note): ERPNext proposes the open quantities, the rows get what was
 * received or shipped (rows with nothing are dropped), and the document is created with our reference and submitted.
 * A receipt whose remainder is cancelled closes the purchase order.
 */
final class ErpNextMovements {

	/** The document made from which order, and the row field linking it to the order's row. */
	enum Kind {
		RECEIPT("Purchase Receipt", "erpnext.buying.doctype.purchase_order.purchase_order.make_purchase_receipt",
				"purchase_order_item", "Purchase Order"),
		DELIVERY("Delivery Note", "erpnext.selling.doctype.sales_order.sales_order.make_delivery_note", "so_detail",
				"Sales Order");

		final String doctype;
		final String maker;
		final String rowLink;
		final String orderType;

		Kind(String doctype, String maker, String rowLink, String orderType) {
			this.doctype = doctype;
			this.maker = maker;
			this.rowLink = rowLink;
			this.orderType = orderType;
		}
	}

	private final ErpNextApi erpnext;
	private final ErpNextDocuments documents;
	private final ErpNextProperties properties;

	ErpNextMovements(ErpNextApi erpnext, ErpNextDocuments documents, ErpNextProperties properties) {
		this.erpnext = erpnext;
		this.documents = documents;
		this.properties = properties;
	}

	ErpReference post(Kind kind, GoodsMovement movement, String reference) {
		var posted = documents.createAndSubmit(kind.doctype, reference, () -> draft(kind, movement));
		var remainder = movement.remainder() != null ? movement.remainder() : properties.receiptRemainder();
		if (kind == Kind.RECEIPT && remainder == Remainder.CANCEL) {
			var order = erpnext.get("Purchase Order", movement.document());
			if (!order.path("status").asString().equals("Closed") && order.path("per_received").asDouble(0) < 100) {
				erpnext.method("erpnext.buying.doctype.purchase_order.purchase_order.update_status",
						Map.of("status", "Closed", "name", movement.document()));
			}
		}
		return posted;
	}

	Optional<ErpReference> find(Kind kind, String reference) {
		return documents.findSubmitted(kind.doctype, reference);
	}

	private ObjectNode draft(Kind kind, GoodsMovement movement) {
		var draft = (ObjectNode) erpnext.method(kind.maker, Map.of("source_name", movement.document()));
		var proposed = new ArrayList<JsonNode>();
		draft.path("items").forEach(proposed::add);
		var quantities = new LinkedHashMap<String, BigDecimal>();
		for (var line : movement.lines()) {
			quantities.merge(rowOf(kind, proposed, line, movement.document()), line.quantity(), BigDecimal::add);
		}
		var items = draft.putArray("items");
		for (JsonNode item : proposed) {
			var quantity = quantities.get(item.path(kind.rowLink).asString());
			if (quantity != null && quantity.signum() > 0) {
				var row = (ObjectNode) item.deepCopy();
				row.put("qty", quantity);
				items.add(row);
			}
		}
		return draft;
	}

	private static String rowOf(Kind kind, List<JsonNode> proposed, MovementLine line, String document) {
		String match = null;
		int matches = 0;
		for (JsonNode item : proposed) {
			if (item.path(kind.rowLink).asString().equals(line.lineNumber())) {
				return item.path(kind.rowLink).asString();
			}
			if (item.path("item_code").asString().equals(line.sku())) {
				match = item.path(kind.rowLink).asString();
				matches++;
			}
		}
		if (matches == 1) {
			return match;
		}
		throw ErpCallFailed.permanent(kind.orderType + " " + document + " has " + (matches == 0 ? "no" : matches)
				+ " open rows for " + (line.lineNumber() != null ? line.lineNumber() + " " : "")
				+ (line.sku() != null ? line.sku() : "") + " in ERPNext", "not_found");
	}
}

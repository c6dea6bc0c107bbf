package org.distributionhub.erpgateway.adapters.out.odoo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * Goods receipts and shipments as validated pickings: the open picking of the order (incoming for a purchase order,
 * outgoing for a sales order) gets the moved quantities and our reference in one write, then button_validate with
 * skip_backorder (and cancel_backorder when the remainder is cancelled). A validated picking carrying our reference
 * is the look-up: found, the posting is sent; a picking written but not validated is simply written again.
 */
final class OdooPickings {

	/** Which order, picking type and move-to-line link a kind of picking has. */
	enum Kind {
		RECEIPT("purchase.order", "purchase order", "purchase_id", "incoming", "purchase_line_id"),
		DELIVERY("sale.order", "sales order", "sale_id", "outgoing", "sale_line_id");

		final String orderModel;
		final String orderName;
		final String pickingField;
		final String typeCode;
		final String lineField;

		Kind(String orderModel, String orderName, String pickingField, String typeCode, String lineField) {
			this.orderModel = orderModel;
			this.orderName = orderName;
			this.pickingField = pickingField;
			this.typeCode = typeCode;
			this.lineField = lineField;
		}
	}

	private final OdooRpc odoo;
	private final OdooProducts products;
	private final OdooProperties properties;

	OdooPickings(OdooRpc odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.products = new OdooProducts(odoo);
		this.properties = properties;
	}

	ErpReference validate(Kind kind, GoodsMovement movement, String reference) {
		long orderId = OdooProducts.idByName(odoo, kind.orderModel, movement.document(), kind.orderName);
		var open = odoo.searchRead("stock.picking", List.of(List.of(kind.pickingField, "=", orderId),
				List.of("picking_type_code", "=", kind.typeCode), List.of("state", "not in", List.of("done", "cancel"))),
				List.of("id", "name"), 1, "id");
		if (open.isEmpty()) {
			throw ErpCallFailed.permanent("Odoo has no open " + (kind == Kind.RECEIPT ? "receipt" : "delivery")
					+ " for " + kind.orderName + " " + movement.document(), "not_found");
		}
		long pickingId = open.get(0).path("id").asLong();
		var moves = odoo.searchRead("stock.move", List.of(List.of("picking_id", "=", pickingId)),
				List.of("id", "product_id", kind.lineField), 0, "id");
		var quantities = quantitiesByMove(kind, movement, moves);
		var commands = new ArrayList<Object>();
		for (var move : moves) {
			long id = move.path("id").asLong();
			var quantity = quantities.getOrDefault(id, BigDecimal.ZERO);
			var values = new LinkedHashMap<String, Object>();
			values.put(properties.moveQuantityField(), quantity);
			if (properties.moveQuantityField().equals("quantity")) {
				values.put("picked", quantity.signum() > 0);
			}
			commands.add(List.of(1, id, values));
		}
		odoo.write("stock.picking", List.of(pickingId),
				Map.of(properties.pickingReferenceField(), reference, "move_ids", commands));
		var context = new LinkedHashMap<String, Object>();
		context.put("skip_backorder", true);
		var remainder = movement.remainder() != null ? movement.remainder() : properties.receiptRemainder();
		if (remainder == Remainder.CANCEL) {
			context.put("cancel_backorder", true);
		}
		var result = odoo.act("stock.picking", "button_validate", List.of(pickingId), context);
		if (result.isObject()) {
			throw ErpCallFailed.permanent("Odoo answered button_validate on " + open.get(0).path("name").asString()
					+ " with a wizard (" + result.path("res_model").asString("?") + ") instead of validating it",
					"refused");
		}
		return new ErpReference(open.get(0).path("name").asString());
	}

	Optional<ErpReference> findValidated(Kind kind, String reference) {
		return odoo.searchRead("stock.picking", List.of(List.of(properties.pickingReferenceField(), "ilike", reference),
				List.of("picking_type_code", "=", kind.typeCode), List.of("state", "=", "done")),
				List.of("id", "name"), 1, "id")
			.stream()
			.findFirst()
			.map(picking -> new ErpReference(picking.path("name").asString()));
	}

	private Map<Long, BigDecimal> quantitiesByMove(Kind kind, GoodsMovement movement, List<JsonNode> moves) {
		var skus = products.skusById(moves.stream().map(move -> OdooRpc.idOf(move.path("product_id"))).toList());
		var quantities = new HashMap<Long, BigDecimal>();
		for (var line : movement.lines()) {
			long move = moveOf(kind, line, moves, skus, movement.document());
			quantities.merge(move, line.quantity(), BigDecimal::add);
		}
		return quantities;
	}

	private static long moveOf(Kind kind, MovementLine line, List<JsonNode> moves, Map<Long, String> skus,
			String document) {
		if (line.lineNumber() != null) {
			for (var move : moves) {
				if (String.valueOf(OdooRpc.idOf(move.path(kind.lineField))).equals(line.lineNumber())) {
					return move.path("id").asLong();
				}
			}
		}
		var matching = new HashSet<Long>();
		for (var move : moves) {
			if (line.sku() != null && line.sku().equals(skus.get(OdooRpc.idOf(move.path("product_id"))))) {
				matching.add(move.path("id").asLong());
			}
		}
		if (matching.size() == 1) {
			return matching.iterator().next();
		}
		throw ErpCallFailed.permanent("The open picking of " + document + " has "
				+ (matching.isEmpty() ? "no" : matching.size()) + " moves for line "
				+ (line.lineNumber() != null ? line.lineNumber() : "") + (line.sku() != null ? " " + line.sku() : "")
				+ " in Odoo", "not_found");
	}
}

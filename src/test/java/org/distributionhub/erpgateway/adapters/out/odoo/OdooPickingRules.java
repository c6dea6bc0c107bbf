package org.distributionhub.erpgateway.adapters.out.odoo;

import java.math.BigDecimal;
import java.util.List;

import org.distributionhub.erpgateway.adapters.out.odoo.OdooDatabase.OdooError;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * stock.picking.button_validate as Odoo does it for the cases the gateway meets: a done picking refuses, moves with
 * less than their demand make Odoo ask for the backorder wizard unless skip_backorder is in the context; with it, the
 * rest goes to a new backorder picking, or is dropped when cancel_backorder is set too. Received quantities are added
 * to the purchase order lines.
 */
final class OdooPickingRules {

	private OdooPickingRules() {
	}

	static JsonNode validate(OdooDatabase odoo, List<Long> pickingIds, JsonNode context) {
		var json = odoo.json();
		for (long id : pickingIds) {
			var picking = odoo.record("stock.picking", id);
			if (picking.path("state").asString().equals("done")) {
				throw OdooError.user("The picking " + picking.path("name").asString() + " is already done.");
			}
			var moves = odoo.where("stock.move", move -> move.path("picking_id").asLong() == id);
			boolean short_ = moves.stream().anyMatch(move -> done(move).compareTo(demand(move)) < 0);
			if (moves.stream().allMatch(move -> done(move).signum() == 0)) {
				throw OdooError.user("You cannot validate a transfer if no quantities are reserved nor done.");
			}
			if (short_ && !context.path("skip_backorder").asBoolean(false)) {
				return json.createObjectNode().put("type", "ir.actions.act_window")
					.put("res_model", "stock.backorder.confirmation").put("name", "Create Backorder?");
			}
			if (short_ && !context.path("cancel_backorder").asBoolean(false)) {
				backorder(odoo, picking, moves);
			}
			for (var move : moves) {
				var line = move.path("purchase_line_id");
				if (line.canConvertToLong()) {
					var poLine = odoo.record("purchase.order.line", line.asLong());
					poLine.put("qty_received", OdooDatabase.decimal(poLine.path("qty_received")).add(done(move)));
				}
				move.put("product_uom_qty", done(move));
			}
			odoo.write("stock.picking", picking, json.createObjectNode().put("state", "done"));
		}
		return json.getNodeFactory().booleanNode(true);
	}

	private static void backorder(OdooDatabase odoo, ObjectNode picking, List<ObjectNode> moves) {
		var json = odoo.json();
		var values = picking.deepCopy();
		values.remove(List.of("id", "write_date", "create_date"));
		values.put("name", picking.path("name").asString() + "-BO");
		values.put("backorder_id", picking.path("id").asLong());
		values.put("state", "assigned");
		long backorder = odoo.create("stock.picking", values);
		for (var move : moves) {
			var rest = demand(move).subtract(done(move));
			if (rest.signum() > 0) {
				var restMove = json.createObjectNode();
				restMove.put("picking_id", backorder);
				restMove.set("product_id", move.path("product_id"));
				restMove.put("product_uom_qty", rest);
				restMove.put("quantity", BigDecimal.ZERO);
				for (String link : List.of("purchase_line_id", "sale_line_id")) {
					if (move.path(link).canConvertToLong()) {
						restMove.put(link, move.path(link).asLong());
					}
				}
				odoo.create("stock.move", restMove);
			}
		}
	}

	private static BigDecimal done(JsonNode move) {
		return OdooDatabase.decimal(move.path("quantity"));
	}

	private static BigDecimal demand(JsonNode move) {
		return OdooDatabase.decimal(move.path("product_uom_qty"));
	}
}

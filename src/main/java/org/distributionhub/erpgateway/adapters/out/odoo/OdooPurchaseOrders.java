package org.distributionhub.erpgateway.adapters.out.odoo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.domain.Watermark;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrder;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrders;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Confirmed purchase orders (state purchase or done) by write_date, read with search_read, and their lines, products,
 * partners and warehouses in a few batched calls. Odoo stores write_date with fractions of a second but reads it to
 * the second, so the watermark's second is a bucket: orders in it whose ids were seen are left out, later seconds are
 * read whole. The supplier is the partner's reference (partner id as fallback key), the ship-to the warehouse code,
 * the line number Odoo's line id (which acknowledgement updates name again).
 */
final class OdooPurchaseOrders implements ErpPurchaseOrders {

	private static final DateTimeFormatter ODOO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final OdooRpc odoo;
	private final OdooProducts products;
	private final String uomField;

	OdooPurchaseOrders(OdooRpc odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.products = new OdooProducts(odoo);
		this.uomField = properties.uomField();
	}

	@Override
	public String source() {
		return "odoo";
	}

	@Override
	public List<ErpPurchaseOrder> changedSince(Watermark watermark, int limit) {
		var second = watermark.changedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String from = format(second);
		String next = format(second.plusSeconds(1));
		var seen = watermark.idsAtChangedAt().stream().map(Long::valueOf).toList();
		var orders = odoo.searchRead("purchase.order", List.of(List.of("state", "in", List.of("purchase", "done")), "|",
				List.of("write_date", ">=", next), "&", "&", List.of("write_date", ">=", from),
				List.of("write_date", "<", next), List.of("id", "not in", seen)),
				List.of("id", "name", "partner_id", "date_order", "currency_id", "picking_type_id", "write_date"), limit,
				"write_date,id");
		if (orders.isEmpty()) {
			return List.of();
		}
		var orderIds = orders.stream().map(order -> order.path("id").asLong()).toList();
		var lines = odoo.searchRead("purchase.order.line", List.of(List.of("order_id", "in", orderIds)),
				List.of("id", "order_id", "product_id", "product_qty", "price_unit", "date_planned", "display_type",
						uomField), 0, "order_id,sequence,id")
			.stream()
			.filter(line -> !line.path("display_type").isString())
			.toList();
		var skus = products.skusById(lines.stream().map(line -> OdooRpc.idOf(line.path("product_id"))).toList());
		var refs = partnerRefs(orders);
		var warehouses = warehouseCodes(orders);
		var read = new ArrayList<ErpPurchaseOrder>();
		for (var order : orders) {
			long id = order.path("id").asLong();
			long partner = OdooRpc.idOf(order.path("partner_id"));
			read.add(new ErpPurchaseOrder(String.valueOf(id), instant(order.path("write_date").asString()),
					order.path("name").asString(), partner < 0 ? null : String.valueOf(partner), refs.get(partner),
					date(order.path("date_order")), warehouses.get(OdooRpc.idOf(order.path("picking_type_id"))),
					OdooRpc.nameOf(order.path("currency_id")),
					lines.stream().filter(line -> OdooRpc.idOf(line.path("order_id")) == id).map(line -> line(line, skus))
						.toList()));
		}
		return read;
	}

	private ErpPurchaseOrder.Line line(JsonNode line, Map<Long, String> skus) {
		return new ErpPurchaseOrder.Line(line.path("id").asString(), skus.get(OdooRpc.idOf(line.path("product_id"))),
				line.path("product_qty").decimalValue(), OdooRpc.nameOf(line.path(uomField)),
				line.path("price_unit").isNumber() ? line.path("price_unit").decimalValue() : null,
				date(line.path("date_planned")));
	}

	private Map<Long, String> partnerRefs(List<JsonNode> orders) {
		var ids = orders.stream().map(order -> OdooRpc.idOf(order.path("partner_id"))).filter(id -> id > 0).distinct()
			.toList();
		var refs = new HashMap<Long, String>();
		odoo.searchRead("res.partner", List.of(List.of("id", "in", ids)), List.of("id", "ref"), 0, "id")
			.forEach(partner -> {
				if (partner.path("ref").isString() && !partner.path("ref").asString().isBlank()) {
					refs.put(partner.path("id").asLong(), partner.path("ref").asString());
				}
			});
		return refs;
	}

	private Map<Long, String> warehouseCodes(List<JsonNode> orders) {
		var types = orders.stream().map(order -> OdooRpc.idOf(order.path("picking_type_id"))).filter(id -> id > 0)
			.distinct().toList();
		var codes = new HashMap<Long, String>();
		if (types.isEmpty()) {
			return codes;
		}
		var warehouseOfType = new HashMap<Long, Long>();
		odoo.searchRead("stock.picking.type", List.of(List.of("id", "in", types)), List.of("id", "warehouse_id"), 0, "id")
			.forEach(type -> warehouseOfType.put(type.path("id").asLong(), OdooRpc.idOf(type.path("warehouse_id"))));
		var warehouseCodes = new HashMap<Long, String>();
		odoo.searchRead("stock.warehouse", List.of(List.of("id", "in", List.copyOf(warehouseOfType.values()))),
				List.of("id", "code"), 0, "id")
			.forEach(warehouse -> warehouseCodes.put(warehouse.path("id").asLong(), warehouse.path("code").asString()));
		warehouseOfType.forEach((type, warehouse) -> {
			if (warehouseCodes.containsKey(warehouse)) {
				codes.put(type, warehouseCodes.get(warehouse));
			}
		});
		return codes;
	}

	private static String format(Instant instant) {
		return ODOO_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static Instant instant(String odooTime) {
		return LocalDateTime.parse(odooTime.substring(0, 19), ODOO_TIME).toInstant(ZoneOffset.UTC);
	}

	private static @Nullable LocalDate date(JsonNode value) {
		return value.isString() && value.asString().length() >= 10 ? LocalDate.parse(value.asString().substring(0, 10))
				: null;
	}
}

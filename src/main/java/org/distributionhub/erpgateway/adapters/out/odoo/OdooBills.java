package org.distributionhub.erpgateway.adapters.out.odoo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Vendor bills as account.move: move_type in_invoice (in_refund for a credit note, reversing the bill it credits when
 * Odoo has it), the vendor found by reference (res.partner ref = our supplier id), else by name, else as the purchase
 * order's vendor; ref = the supplier's invoice number, invoice_origin = the PO number, one line per billed line with its
 * product (by SKU), quantity, unit price and purchase_line_id when the PO line is found, and one line per tax, charge
 * or allowance. Lines carry no taxes of their own (tax_ids cleared), so the bill totals what the supplier billed.
 * Posted with action_post like every invoice the gateway creates. Vendor, ref and move type are the bill's identity in
 * Odoo: the bill carrying them is looked up first, a posted one is the answer, a draft one is posted.
 */
final class OdooBills {

	private static final String MOVE = "account.move";

	private final OdooRpc odoo;
	private final OdooProducts products;

	OdooBills(OdooRpc odoo) {
		this.odoo = odoo;
		this.products = new OdooProducts(odoo);
	}

	ErpReference post(VendorBill bill) {
		var order = purchaseOrder(bill.poNumber());
		long partner = partner(bill, order);
		var existing = find(partner, bill.invoiceNumber(), moveType(bill.creditNote()));
		if (existing.isPresent()) {
			var move = existing.get();
			if (!move.path("state").asString().equals("posted")) {
				odoo.act(MOVE, "action_post", List.of(move.path("id").asLong()), Map.of());
			}
			return nameOf(move.path("id").asLong());
		}
		var values = new LinkedHashMap<String, Object>();
		values.put("move_type", moveType(bill.creditNote()));
		values.put("partner_id", partner);
		values.put("ref", bill.invoiceNumber());
		values.put("invoice_origin", bill.poNumber());
		if (bill.invoiceDate() != null) {
			values.put("invoice_date", bill.invoiceDate().toString());
		}
		if (bill.currency() != null) {
			values.put("currency_id", OdooProducts.idByName(odoo, "res.currency", bill.currency(), "currency"));
		}
		if (bill.creditNote() && bill.originalInvoiceNumber() != null) {
			find(partner, bill.originalInvoiceNumber(), "in_invoice")
				.ifPresent(original -> values.put("reversed_entry_id", original.path("id").asLong()));
		}
		values.put("invoice_line_ids", lines(bill, order));
		long id = odoo.create(MOVE, values);
		odoo.act(MOVE, "action_post", List.of(id), Map.of());
		return nameOf(id);
	}

	/** The posted bill of this vendor, number and type; none when the vendor is not found either. */
	Optional<ErpReference> findPosted(VendorBill bill) {
		var partner = partnerByRefOrName(bill.supplierId());
		if (partner.isEmpty()) {
			var order = purchaseOrder(bill.poNumber());
			partner = order == null ? Optional.empty() : Optional.of(OdooRpc.idOf(order.path("partner_id")));
		}
		return partner.flatMap(id -> find(id, bill.invoiceNumber(), moveType(bill.creditNote())))
			.filter(move -> move.path("state").asString().equals("posted"))
			.map(move -> new ErpReference(move.path("name").asString()));
	}

	private List<Object> lines(VendorBill bill, @Nullable JsonNode order) {
		var productIds = products.idsBySku(bill.lines().stream().map(VendorBill.Line::sku).distinct().toList());
		var orderLines = order == null ? List.<JsonNode>of()
				: odoo.searchRead("purchase.order.line", List.of(List.of("order_id", "=", order.path("id").asLong())),
						List.of("id", "product_id", "display_type"), 0, "sequence,id")
					.stream()
					.filter(line -> !line.path("display_type").isString())
					.toList();
		var commands = new java.util.ArrayList<Object>();
		for (var line : bill.lines()) {
			var values = new LinkedHashMap<String, Object>();
			long product = productIds.get(line.sku());
			values.put("product_id", product);
			values.put("quantity", line.quantity());
			values.put("price_unit", line.unitPrice());
			values.put("tax_ids", List.of(List.of(6, 0, List.of())));
			Long orderLine = orderLine(orderLines, line, product);
			if (orderLine != null) {
				values.put("purchase_line_id", orderLine);
			}
			commands.add(List.of(0, 0, values));
		}
		for (var charge : bill.charges()) {
			var values = new LinkedHashMap<String, Object>();
			values.put("name", charge.kind().charAt(0) + charge.kind().substring(1).toLowerCase(java.util.Locale.ROOT)
					+ ": " + charge.description());
			values.put("quantity", BigDecimal.ONE);
			values.put("price_unit", charge.amount());
			values.put("tax_ids", List.of(List.of(6, 0, List.of())));
			commands.add(List.of(0, 0, values));
		}
		return commands;
	}

	/** The PO line by its id (our line number for POs read from Odoo), else the one line of the product. */
	private static @Nullable Long orderLine(List<JsonNode> orderLines, VendorBill.Line line, long product) {
		for (var candidate : orderLines) {
			if (candidate.path("id").asString().equals(line.lineNumber())) {
				return candidate.path("id").asLong();
			}
		}
		var ofProduct = orderLines.stream().filter(candidate -> OdooRpc.idOf(candidate.path("product_id")) == product)
			.toList();
		return ofProduct.size() == 1 ? ofProduct.get(0).path("id").asLong() : null;
	}

	private long partner(VendorBill bill, @Nullable JsonNode order) {
		return partnerByRefOrName(bill.supplierId()).orElseGet(() -> {
			long vendor = order == null ? -1 : OdooRpc.idOf(order.path("partner_id"));
			if (vendor < 0) {
				throw ErpCallFailed.permanent("Odoo has no vendor with reference or name '" + bill.supplierId()
						+ "' and no purchase order " + bill.poNumber(), "not_found");
			}
			return vendor;
		});
	}

	private Optional<Long> partnerByRefOrName(String supplierId) {
		for (String field : List.of("ref", "name")) {
			var found = odoo.searchRead("res.partner", List.of(List.of(field, "=", supplierId)), List.of("id"), 1, "id");
			if (!found.isEmpty()) {
				return Optional.of(found.get(0).path("id").asLong());
			}
		}
		return Optional.empty();
	}

	private @Nullable JsonNode purchaseOrder(String poNumber) {
		var found = odoo.searchRead("purchase.order", List.of(List.of("name", "=", poNumber)),
				List.of("id", "partner_id"), 1, "id");
		return found.isEmpty() ? null : found.get(0);
	}

	private Optional<JsonNode> find(long partner, String invoiceNumber, String moveType) {
		return odoo.searchRead(MOVE, List.of(List.of("partner_id", "=", partner), List.of("ref", "=", invoiceNumber),
				List.of("move_type", "=", moveType)), List.of("id", "name", "state"), 1, "id").stream().findFirst();
	}

	private ErpReference nameOf(long id) {
		var read = odoo.searchRead(MOVE, List.of(List.of("id", "=", id)), List.of("name"), 1, "id");
		return new ErpReference(read.isEmpty() ? MOVE + "/" + id : read.get(0).path("name").asString());
	}

	private static String moveType(boolean creditNote) {
		return creditNote ? "in_refund" : "in_invoice";
	}
}

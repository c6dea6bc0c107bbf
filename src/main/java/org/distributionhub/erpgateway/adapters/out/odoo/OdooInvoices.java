package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;

import tools.jackson.databind.JsonNode;

/**
 * Customer invoices as account.move (out_invoice) created with our reference in the configured field (ref), the
 * order number as invoice_origin, the customer found by its reference (res.partner ref) and the products by SKU, then
 * posted with action_post. Before creating, the invoice carrying our reference is looked up: a posted one is the
 * answer, a draft one (left by a crash between create and post) is posted.
 */
final class OdooInvoices {

	private final OdooRpc odoo;
	private final OdooProducts products;
	private final String referenceField;

	OdooInvoices(OdooRpc odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.products = new OdooProducts(odoo);
		this.referenceField = properties.invoiceReferenceField();
	}

	ErpReference post(CustomerInvoice invoice, String reference) {
		var existing = find(reference);
		if (existing.isPresent()) {
			var move = existing.get();
			if (!move.path("state").asString().equals("posted")) {
				odoo.act("account.move", "action_post", List.of(move.path("id").asLong()), Map.of());
			}
			return nameOf(move.path("id").asLong());
		}
		long partner = partner(invoice.customer());
		var productIds = products.idsBySku(invoice.lines().stream().map(CustomerInvoice.Line::sku).toList());
		var values = new LinkedHashMap<String, Object>();
		values.put("move_type", "out_invoice");
		values.put("partner_id", partner);
		values.put(referenceField, reference);
		values.put("invoice_origin", invoice.orderNumber());
		if (invoice.invoiceDate() != null) {
			values.put("invoice_date", invoice.invoiceDate().toString());
		}
		if (invoice.currency() != null) {
			values.put("currency_id", OdooProducts.idByName(odoo, "res.currency", invoice.currency(), "currency"));
		}
		values.put("invoice_line_ids", invoice.lines().stream().map(line -> {
			var lineValues = new LinkedHashMap<String, Object>();
			lineValues.put("product_id", productIds.get(line.sku()));
			lineValues.put("quantity", line.quantity());
			if (line.unitPrice() != null) {
				lineValues.put("price_unit", line.unitPrice());
			}
			return List.of(0, 0, lineValues);
		}).toList());
		long id = odoo.create("account.move", values);
		odoo.act("account.move", "action_post", List.of(id), Map.of());
		return nameOf(id);
	}

	Optional<ErpReference> findPosted(String reference) {
		return find(reference).filter(move -> move.path("state").asString().equals("posted"))
			.map(move -> new ErpReference(move.path("name").asString()));
	}

	private Optional<JsonNode> find(String reference) {
		return odoo.searchRead("account.move",
				List.of(List.of(referenceField, "=", reference), List.of("move_type", "=", "out_invoice")),
				List.of("id", "name", "state"), 1, "id").stream().findFirst();
	}

	private long partner(String customer) {
		var found = odoo.searchRead("res.partner", List.of(List.of("ref", "=", customer)), List.of("id"), 1, "id");
		if (found.isEmpty()) {
			throw ErpCallFailed.permanent("Odoo has no customer with reference '" + customer + "'", "not_found");
		}
		return found.get(0).path("id").asLong();
	}

	private ErpReference nameOf(long id) {
		var read = odoo.searchRead("account.move", List.of(List.of("id", "=", id)), List.of("name"), 1, "id");
		return new ErpReference(read.isEmpty() ? "account.move/" + id : read.get(0).path("name").asString());
	}
}

package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.util.Optional;

import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.ErpReference;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customer invoices as Sales Invoices: the customer by its ERPNext name (our customer code), one row per SKU (the
 * Item Code) with quantity and rate, the sales order named in the remarks, our reference in the custom field; created
 * and submitted once (see {@link ErpNextDocuments}).
 */
final class ErpNextInvoices {

	static final String DOCTYPE = "Sales Invoice";

	private final ErpNextDocuments documents;
	private final JsonMapper json;

	ErpNextInvoices(ErpNextDocuments documents, JsonMapper json) {
		this.documents = documents;
		this.json = json;
	}

	ErpReference post(CustomerInvoice invoice, String reference) {
		return documents.createAndSubmit(DOCTYPE, reference, () -> draft(invoice));
	}

	Optional<ErpReference> find(String reference) {
		return documents.findSubmitted(DOCTYPE, reference);
	}

	private ObjectNode draft(CustomerInvoice invoice) {
		var draft = json.createObjectNode();
		draft.put("doctype", DOCTYPE);
		draft.put("customer", invoice.customer());
		if (invoice.invoiceDate() != null) {
			draft.put("posting_date", invoice.invoiceDate().toString());
			draft.put("set_posting_time", 1);
		}
		if (invoice.currency() != null) {
			draft.put("currency", invoice.currency());
		}
		draft.put("remarks", "Sales order " + invoice.orderNumber());
		var items = draft.putArray("items");
		for (var line : invoice.lines()) {
			var item = items.addObject().put("item_code", line.sku()).put("qty", line.quantity());
			if (line.unitPrice() != null) {
				item.put("rate", line.unitPrice());
			}
		}
		return draft;
	}
}

package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vendor bills as Purchase Invoices against their Purchase Order: the order's supplier, bill_no = the supplier's
 * invoice number, bill_date, one row per billed line (item_code, qty, rate, purchase_order and po_detail, and the
 * Purchase Receipt with its row when the hub posted the receipt, found by our reference on it), taxes, charges and
 * allowances as Actual rows on the configured accounts. A credit note is a return (is_return=1, negative quantities
 * and amounts) against the bill it credits when ERPNext has it. Supplier, bill number and is_return are the bill's
 * identity: it is looked up by them first and created with our reference and submitted once (see
 * {@link ErpNextDocuments}).
 */
final class ErpNextBills {

	static final String DOCTYPE = "Purchase Invoice";

	private final ErpNextApi erpnext;
	private final ErpNextDocuments documents;
	private final ErpNextProperties properties;

	ErpNextBills(ErpNextApi erpnext, ErpNextDocuments documents, ErpNextProperties properties) {
		this.erpnext = erpnext;
		this.documents = documents;
		this.properties = properties;
	}

	ErpReference post(VendorBill bill, String reference) {
		var order = erpnext.get("Purchase Order", bill.poNumber());
		String supplier = order.path("supplier").asString(bill.supplierId());
		return documents.createAndSubmit(DOCTYPE, reference, identity(supplier, bill.invoiceNumber(), bill.creditNote()),
				() -> draft(bill, order, supplier));
	}

	Optional<ErpReference> find(VendorBill bill) {
		var order = erpnext.get("Purchase Order", bill.poNumber());
		return documents.findSubmitted(DOCTYPE,
				identity(order.path("supplier").asString(bill.supplierId()), bill.invoiceNumber(), bill.creditNote()));
	}

	private ObjectNode draft(VendorBill bill, JsonNode order, String supplier) {
		var draft = erpnext.json().createObjectNode();
		draft.put("doctype", DOCTYPE);
		draft.put("supplier", supplier);
		draft.put("bill_no", bill.invoiceNumber());
		if (bill.invoiceDate() != null) {
			draft.put("bill_date", bill.invoiceDate().toString());
		}
		if (bill.currency() != null) {
			draft.put("currency", bill.currency());
		}
		draft.put("is_return", bill.creditNote() ? 1 : 0);
		if (bill.creditNote()) {
			if (bill.originalInvoiceNumber() != null) {
				documents.findSubmitted(DOCTYPE, identity(supplier, bill.originalInvoiceNumber(), false))
					.ifPresent(original -> draft.put("return_against", original.value()));
			}
		}
		BigDecimal sign = bill.creditNote() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
		var receiptRows = receiptRows(bill);
		var items = draft.putArray("items");
		for (var line : bill.lines()) {
			var item = items.addObject().put("item_code", line.sku()).put("qty", line.quantity().multiply(sign))
				.put("rate", line.unitPrice()).put("purchase_order", bill.poNumber());
			String row = orderRow(order, line);
			if (row != null) {
				item.put("po_detail", row);
				var received = receiptRows.get(row);
				if (received != null) {
					item.put("purchase_receipt", received[0]).put("pr_detail", received[1]);
				}
			}
		}
		var taxes = draft.putArray("taxes");
		for (var charge : bill.charges()) {
			String account = charge.tax() ? properties.billTaxAccount() : properties.billChargeAccount();
			if (account == null) {
				throw ErpCallFailed.permanent("Vendor " + bill.describe() + " has a " + charge.kind().toLowerCase(
						java.util.Locale.ROOT) + " (" + charge.description() + "); set hub.erp.erpnext."
						+ (charge.tax() ? "bill-tax-account" : "bill-charge-account")
						+ " to the ERPNext account it is booked on", "config");
			}
			taxes.addObject().put("charge_type", "Actual").put("account_head", account).put("category", "Total")
				.put("add_deduct_tax", "Add").put("description", charge.description())
				.put("tax_amount", charge.amount().multiply(sign));
		}
		return draft;
	}

	/** The PO row by its name (our line number for POs read from ERPNext), else the one row of the item. */
	private static @Nullable String orderRow(JsonNode order, VendorBill.Line line) {
		String match = null;
		int matches = 0;
		for (JsonNode row : order.path("items")) {
			if (row.path("name").asString().equals(line.lineNumber())) {
				return line.lineNumber();
			}
			if (row.path("item_code").asString().equals(line.sku())) {
				match = row.path("name").asString();
				matches++;
			}
		}
		return matches == 1 ? match : null;
	}

	/** Per PO row, the submitted Purchase Receipt of the bill's receipts that received it and its row there. */
	private Map<String, String[]> receiptRows(VendorBill bill) {
		var rows = new HashMap<String, String[]>();
		for (var receipt : bill.receipts()) {
			var found = documents.findSubmitted(ErpNextMovements.Kind.RECEIPT.doctype,
					PostingKeys.receipt(receipt.warehouse(), receipt.receiptId()));
			if (found.isEmpty()) {
				continue;
			}
			for (JsonNode item : erpnext.get(ErpNextMovements.Kind.RECEIPT.doctype, found.get().value()).path("items")) {
				rows.putIfAbsent(item.path("purchase_order_item").asString(),
						new String[] { found.get().value(), item.path("name").asString() });
			}
		}
		return rows;
	}

	private static List<List<Object>> identity(String supplier, String billNumber, boolean creditNote) {
		return List.of(List.of("supplier", "=", supplier), List.of("bill_no", "=", billNumber),
				List.of("is_return", "=", creditNote ? 1 : 0));
	}
}

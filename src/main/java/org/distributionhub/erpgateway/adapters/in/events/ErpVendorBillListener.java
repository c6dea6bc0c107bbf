package org.distributionhub.erpgateway.adapters.in.events;

import org.distributionhub.erpgateway.ports.in.PostingCommand.ReceiptRef;
import org.distributionhub.erpgateway.ports.in.PostingCommand.SupplierCharge;
import org.distributionhub.erpgateway.ports.in.PostingCommand.SupplierLine;
import org.distributionhub.erpgateway.ports.in.PostingCommand.VendorBillCommand;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.supplier.events.SupplierInvoiceMatched;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A matched supplier invoice or credit note becomes its vendor bill posting. The gateway hears the goods receipts on
 * its own, so it may hear of the bill before a receipt it follows; the delivery then waits, naming the receipt it
 * waits for, and the event backbone tries it again without using up its attempts (docs/adr/0024).
 */
@Component
class ErpVendorBillListener {

	static final String LISTENER_ID = "erpgateway.vendor-bill";

	private final RecordPosting record;

	ErpVendorBillListener(RecordPosting record) {
		this.record = record;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(SupplierInvoiceMatched matched) {
		record.record(new VendorBillCommand(matched.supplierId(), matched.invoiceNumber(), matched.poNumber(),
				matched.creditNote(), matched.originalInvoiceNumber(), matched.invoiceDate(), matched.currency(),
				matched.lines().stream()
					.map(line -> new SupplierLine(line.poLineNumber(), line.sku(), line.quantity(), line.unitPrice(),
							line.amount()))
					.toList(),
				matched.charges().stream()
					.map(charge -> new SupplierCharge(charge.kind(), charge.description(), charge.amount()))
					.toList(),
				matched.total(),
				matched.receipts().stream().map(receipt -> new ReceiptRef(receipt.warehouse(), receipt.receiptId()))
					.toList(),
				matched.approvedBy(), matched.approvalReason()));
	}
}

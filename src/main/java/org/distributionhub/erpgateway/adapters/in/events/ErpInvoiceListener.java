package org.distributionhub.erpgateway.adapters.in.events;

import org.distributionhub.erpgateway.ports.in.PostingCommand.BilledLine;
import org.distributionhub.erpgateway.ports.in.PostingCommand.CustomerInvoiceCommand;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.order.events.OrderReadyForInvoicing;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What an order may bill becomes its customer invoice posting. Listeners run on their own, so this one may hear of
 * the invoice before its shipment; the delivery then waits, naming the shipment it waits for, and the event
 * backbone tries it again without using up its attempts (docs/adr/0024).
 */
@Component
class ErpInvoiceListener {

	static final String LISTENER_ID = "erpgateway.order-invoice";

	private final RecordPosting record;

	ErpInvoiceListener(RecordPosting record) {
		this.record = record;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(OrderReadyForInvoicing ready) {
		record.record(new CustomerInvoiceCommand(ready.orderId(), ready.externalOrderId(), ready.channel(),
				ready.customer(), ready.invoiceReference(), ready.shipmentIds(), ready.readyAt(), ready.lines().stream()
					.map(line -> new BilledLine(line.lineNumber(), line.sku(), line.quantity(), line.unitPrice()))
					.toList()));
	}
}

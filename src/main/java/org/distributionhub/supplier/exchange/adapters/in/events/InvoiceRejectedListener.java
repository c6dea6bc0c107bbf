package org.distributionhub.supplier.exchange.adapters.in.events;

import java.time.Clock;

import org.distributionhub.supplier.events.SupplierInvoiceRejected;
import org.distributionhub.supplier.exchange.ports.in.TellInvoiceRejected;
import org.distributionhub.supplier.exchange.ports.in.TellInvoiceRejected.InvoiceRejectedCommand;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the supplier, through its channel, that an invoice it sent was rejected. */
@Component
class InvoiceRejectedListener {

	private final TellInvoiceRejected notices;
	private final Clock clock;

	InvoiceRejectedListener(TellInvoiceRejected notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = "supplier.invoice-rejection-answer")
	void on(SupplierInvoiceRejected event) {
		notices.tell(new InvoiceRejectedCommand(event.supplierId(), event.invoiceNumber(), event.poNumber(),
				event.reason(), event.channel(), clock.instant()));
	}
}

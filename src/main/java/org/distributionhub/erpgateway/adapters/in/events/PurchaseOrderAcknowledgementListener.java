package org.distributionhub.erpgateway.adapters.in.events;

import static java.util.stream.Collectors.toSet;

import org.distributionhub.erpgateway.ports.in.PostingCommand.AcknowledgementUpdateCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.ConfirmedLine;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A supplier's acknowledgement becomes a PO acknowledgement update for the ERP, recorded in the listener's own
 * transaction: the changed lines with their new quantity, date and price, and the acknowledged flag.
 */
@Component
class PurchaseOrderAcknowledgementListener {

	static final String LISTENER_ID = "erpgateway.po-acknowledgement";

	private final RecordPosting record;

	PurchaseOrderAcknowledgementListener(RecordPosting record) {
		this.record = record;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(PurchaseOrderAcknowledged acknowledged) {
		record.record(new AcknowledgementUpdateCommand(acknowledged.eventId(), acknowledged.poNumber(),
				acknowledged.supplierId(), acknowledged.acknowledgementId(), acknowledged.channel(),
				acknowledged.lines().stream()
					.map(line -> new ConfirmedLine(line.lineNumber(), line.sku(), line.newQuantity(), line.newDate(),
							line.newUnitPrice(), line.outcomes().stream().map(LineOutcome::name).collect(toSet())))
					.toList()));
	}
}

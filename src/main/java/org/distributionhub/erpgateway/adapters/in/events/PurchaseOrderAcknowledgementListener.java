package org.distributionhub.erpgateway.adapters.in.events;

import static java.util.stream.Collectors.toSet;

import java.util.Set;
import java.util.stream.Stream;

import org.distributionhub.erpgateway.ports.in.PostingCommand.AcknowledgementUpdateCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.ConfirmedLine;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A supplier's acknowledgement becomes a PO acknowledgement update for the ERP, recorded in the listener's own
 * transaction: the changed lines with their new quantity, date, price and substitute item, a line split over several
 * dates as one line per date, and the acknowledged flag.
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
				acknowledged.lines().stream().flatMap(PurchaseOrderAcknowledgementListener::confirmed).toList()));
	}

	/** One ERP line per dated delivery; a line with none (rejected, cancelled, undated) as one line of its total. */
	private static Stream<ConfirmedLine> confirmed(PurchaseOrderAcknowledged.Line line) {
		Set<String> outcomes = line.outcomes().stream().map(LineOutcome::name).collect(toSet());
		var dated = line.after().stream().filter(delivery -> delivery.date() != null).toList();
		if (dated.size() <= 1) {
			return Stream.of(new ConfirmedLine(line.lineNumber(), line.sku(), line.newQuantity(), line.newDate(),
					line.newUnitPrice(), line.substitute(), outcomes));
		}
		return dated.stream().map(delivery -> new ConfirmedLine(line.lineNumber(), line.sku(), delivery.quantity(),
				delivery.date(), line.newUnitPrice(), line.substitute(), outcomes));
	}
}

package org.distributionhub.erpgateway.adapters.in.events;

import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.in.RecordPosting.RecordPostingCommand;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A supplier's acknowledgement becomes a PO acknowledgement update for the ERP, recorded in the listener's own
 * transaction: business key PO:number, idempotency key the event's id (a redelivered event records nothing), payload
 * the changed lines with their new quantity, date and price, and the acknowledged flag.
 */
@Component
class PurchaseOrderAcknowledgementListener {

	static final String LISTENER_ID = "erpgateway.po-acknowledgement";

	private final RecordPosting record;
	private final JsonMapper json;

	PurchaseOrderAcknowledgementListener(RecordPosting record, JsonMapper json) {
		this.record = record;
		this.json = json;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(PurchaseOrderAcknowledged acknowledged) {
		record.record(new RecordPostingCommand("PO_ACKNOWLEDGEMENT_UPDATE", "PO:" + acknowledged.poNumber(),
				json.writeValueAsString(payload(acknowledged)), acknowledged.eventId().toString()));
	}

	private static AcknowledgementPayload payload(PurchaseOrderAcknowledged acknowledged) {
		return new AcknowledgementPayload(acknowledged.poNumber(), acknowledged.supplierId(),
				acknowledged.acknowledgementId(), acknowledged.channel(), true,
				acknowledged.lines().stream().map(PurchaseOrderAcknowledgementListener::line).toList());
	}

	private static Map<String, Object> line(PurchaseOrderAcknowledged.Line line) {
		var values = new java.util.LinkedHashMap<String, Object>();
		values.put("lineNumber", line.lineNumber());
		values.put("sku", line.sku().code());
		values.put("quantity", line.newQuantity().amount());
		values.put("unit", line.newQuantity().unit().code());
		if (line.newDate() != null) {
			values.put("date", line.newDate().toString());
		}
		if (line.newUnitPrice() != null) {
			values.put("unitPrice", line.newUnitPrice().amount());
			values.put("currency", line.newUnitPrice().currency().getCurrencyCode());
		}
		values.put("outcomes", line.outcomes().stream().map(LineOutcome::name).sorted().toList());
		return values;
	}

	/** The PO_ACKNOWLEDGEMENT_UPDATE payload the ERP adapters read. */
	record AcknowledgementPayload(String poNumber, String supplierId, String acknowledgementId, String channel,
			boolean acknowledged, List<Map<String, Object>> lines) {
	}
}

package org.distributionhub.console.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.supplier.api.FindExchangeFailures;
import org.distributionhub.supplier.api.FindOverdueAcknowledgements;
import org.distributionhub.supplier.api.FindOverdueAcknowledgements.OverdueView;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.FindPartnerMessages.ParkedView;
import org.distributionhub.supplier.api.OutboxKind;
import org.springframework.stereotype.Component;

/**
 * Supplier acknowledgements: overdue purchase orders (failed when the supplier's 997 rejected them), parked
 * documents, refused or failed partner messages and reused control numbers of the failure window, and outbox
 * documents whose webhook gave up. Those about a purchase order put its pegged customer orders at risk.
 */
@Component
class SupplierIncidents implements IncidentSource {

	private final FindOverdueAcknowledgements overdue;
	private final FindPartnerMessages messages;
	private final FindExchangeFailures failures;
	private final OperationsProperties settings;

	SupplierIncidents(FindOverdueAcknowledgements overdue, FindPartnerMessages messages,
			FindExchangeFailures failures, OperationsProperties settings) {
		this.overdue = overdue;
		this.messages = messages;
		this.failures = failures;
		this.settings = settings;
	}

	@Override
	public List<IncidentDraft> drafts(Instant now) {
		var drafts = new ArrayList<IncidentDraft>();
		int limit = settings.maxPerKind();
		overdue.overdue(limit).forEach(po -> drafts.add(overdue(po)));
		messages.parked(null, true, limit).forEach(parked -> drafts.add(parked(parked)));
		Instant since = now.minus(settings.failureWindow());
		failures.failedMessages(since, limit).forEach(message -> drafts.add(IncidentDraft.of(
				IncidentKind.ACKNOWLEDGEMENT_FAILED, "message " + message.messageId(), message.receivedAt(),
				message.status() + " " + message.channel() + " message from supplier " + message.supplierId() + ": "
						+ message.summary(),
				"/console/partner-messages/" + message.messageId())));
		failures.reusedControlNumbers(since, limit).forEach(reuse -> drafts.add(IncidentDraft.of(
				IncidentKind.CONTROL_NUMBER_REUSED, reuse.supplierId() + " #" + reuse.controlNumber(),
				reuse.receivedAt(), "Supplier " + reuse.supplierId() + " reused interchange control number "
						+ reuse.controlNumber() + " with other content"
						+ (reuse.firstReceivedAt() == null ? "" : " (first used " + reuse.firstReceivedAt() + ")"),
				"/console/partner-messages/" + reuse.messageId())));
		failures.webhooksGivenUp(limit).forEach(gaveUp -> {
			var draft = IncidentDraft.of(IncidentKind.SUPPLIER_WEBHOOK_GAVE_UP, gaveUp.reference(),
					gaveUp.createdAt(), describe(gaveUp.kind()) + " " + gaveUp.reference() + " never reached the webhook of supplier "
							+ gaveUp.supplierId() + " (" + gaveUp.attempts() + " attempts"
							+ (gaveUp.lastError() == null ? "" : ", last: " + gaveUp.lastError()) + ")",
					"/console/suppliers/" + gaveUp.supplierId());
			drafts.add(gaveUp.kind() == OutboxKind.PURCHASE_ORDER
					? draft.aboutPurchaseOrder(gaveUp.supplierId(), gaveUp.reference()) : draft);
		});
		return drafts;
	}

	private static IncidentDraft overdue(OverdueView po) {
		boolean rejected = "R".equals(po.functionalAckStatus());
		String summary = "PO " + po.poNumber() + " (revision " + po.revision() + ") at supplier " + po.supplierId()
				+ (rejected ? ": the supplier's functional acknowledgement rejected it"
						: ": no acknowledgement, due " + po.dueAt());
		return IncidentDraft
			.of(rejected ? IncidentKind.ACKNOWLEDGEMENT_FAILED : IncidentKind.ACKNOWLEDGEMENT_OVERDUE, po.poNumber(),
					po.dueAt(), summary, ConsoleLinks.purchaseOrder(po.supplierId(), po.poNumber()))
			.aboutPurchaseOrder(po.supplierId(), po.poNumber());
	}

	private static IncidentDraft parked(ParkedView parked) {
		String po = parked.poNumber();
		var draft = IncidentDraft.of(IncidentKind.DOCUMENT_PARKED, po == null ? "message " + parked.messageId() : po,
				parked.parkedAt(), "Document from supplier " + parked.supplierId()
						+ (po == null ? "" : " about PO " + po) + " parked: " + parked.reason(),
				"/console/parked");
		return po == null ? draft : draft.aboutPurchaseOrder(parked.supplierId(), po);
	}

	private static String describe(OutboxKind kind) {
		return switch (kind) {
			case PURCHASE_ORDER -> "Purchase order";
			case FUNCTIONAL_ACK -> "Functional acknowledgement";
			case INTERCHANGE_ACK -> "Interchange acknowledgement";
			case INVOICE_REJECTION -> "Invoice rejection";
		};
	}
}

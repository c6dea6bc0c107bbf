package org.distributionhub.console.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.console.ports.in.TimelineEntry;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.order.api.FindOrders.OrderDetail;
import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.FindEventsByKey.FailedAttempt;
import org.distributionhub.platform.api.FindEventsByKey.KeyedPublication;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;
import org.distributionhub.supplier.api.FindPartnerMessages.OutboxView;
import org.distributionhub.supplier.api.FindPurchaseOrderFlows.PurchaseOrderFlow;

/** Turns what each module reports about a business object into timeline entries, each with its console link. */
final class TimelineEntries {

	/** The listener that tells the OMS of promise changes: its deliveries are the OMS notifications. */
	static final String OMS_LISTENER = "order.oms.promise-notification";

	private TimelineEntries() {
	}

	static List<TimelineEntry> publication(KeyedPublication publication) {
		var entry = publication.entry();
		var entries = new ArrayList<TimelineEntry>();
		boolean oms = entry.listenerId().equals(OMS_LISTENER);
		String link = entry.status() == PublicationStatus.FAILED || entry.status() == PublicationStatus.DEAD_LETTERED
				? "/console/deliveries/" + entry.publicationId()
				: eventLog(publication.eventId() == null ? entry.eventName() : publication.eventId().toString(),
						entry.publishedAt());
		String source = module(entry.eventType());
		String state = entry.status() + (entry.attempts() > 1 ? " after " + entry.attempts() + " attempts" : "")
				+ (entry.superseded() == null ? "" : "; superseded: " + entry.superseded());
		entries.add(new TimelineEntry(entry.publishedAt(), oms ? "oms-notification" : "event", source,
				entry.eventName() + (oms ? " told to the OMS" : " to " + entry.listenerId()) + ": " + state, link,
				publication.correlationId()));
		for (FailedAttempt failure : publication.failures()) {
			entries.add(new TimelineEntry(failure.failedAt(), "delivery-failed", source, entry.eventName() + " to "
					+ entry.listenerId() + ", attempt " + failure.attempt() + " failed: " + failure.error(),
					"/console/deliveries/" + entry.publicationId(), publication.correlationId()));
		}
		if (publication.deadLetteredAt() != null) {
			entries.add(new TimelineEntry(publication.deadLetteredAt(), "dead-lettered", source, entry.eventName()
					+ " to " + entry.listenerId() + " dead-lettered: " + publication.deadLetterReason(),
					"/console/deliveries/" + entry.publicationId(), publication.correlationId()));
		}
		return entries;
	}

	static TimelineEntry messageIn(MessageRow message) {
		return new TimelineEntry(message.receivedAt(), "message-in", "supplier", message.channel() + " from "
				+ message.supplierId() + (message.test() ? " (test)" : "") + ": " + message.status() + ", "
				+ message.summary(), "/console/partner-messages/" + message.id(), message.correlationId());
	}

	static TimelineEntry messageOut(OutboxView sent) {
		String what = switch (sent.kind()) {
			case PURCHASE_ORDER -> "Purchase order " + sent.reference();
			case FUNCTIONAL_ACK -> "Functional acknowledgement (997/CONTRL) of message " + sent.reference();
			case INTERCHANGE_ACK -> "Interchange acknowledgement of message " + sent.reference();
			case INVOICE_REJECTION -> "Rejection of invoice " + sent.reference();
		};
		return new TimelineEntry(sent.createdAt(), "message-out", "supplier", what + " as " + sent.channel() + " to "
				+ sent.supplierId() + " by " + sent.delivery() + " (" + sent.fileName() + "): " + sent.deliveryStatus()
				+ (sent.attempts() > 0 ? " after " + sent.attempts() + " attempt(s)" : "")
				+ (sent.lastError() == null ? "" : "; last error: " + sent.lastError()),
				"/console/suppliers/" + sent.supplierId(), null);
	}

	static TimelineEntry purchaseOrder(PurchaseOrderFlow order) {
		return new TimelineEntry(order.createdAt(), "purchase-order", "supplier", "Purchase order " + order.poNumber()
				+ " to " + order.supplierId() + " taken in, now at revision " + order.revision()
				+ (order.acknowledgedAt() == null ? ", not acknowledged yet" : ", acknowledged " + order.acknowledgedAt())
				+ (order.functionalAckStatus() == null ? "" : ", 997 " + order.functionalAckStatus()),
				ConsoleLinks.purchaseOrder(order.supplierId(), order.poNumber()), order.correlationId());
	}

	static List<TimelineEntry> order(OrderDetail order) {
		var summary = order.summary();
		String link = "/console/orders/" + summary.orderId();
		var entries = new ArrayList<TimelineEntry>();
		entries.add(new TimelineEntry(summary.placedAt(), "order", "order", "Order " + summary.orderId() + " of "
				+ summary.customer() + " placed with " + summary.lines() + " line(s); now " + summary.state()
				+ (summary.waitingFor() == null ? "" : ", waiting for " + summary.waitingFor()), link, null));
		order.promiseChanges().forEach(change -> entries.add(new TimelineEntry(change.changedAt(), "promise-change",
				"order", "Line " + change.lineNumber() + " (" + change.sku() + ") "
						+ (change.previousStatus() == null ? "new" : change.previousStatus()) + " -> "
						+ change.status() + (change.promiseDate() == null ? "" : ", promised " + change.promiseDate()),
				link, null)));
		return entries;
	}

	static TimelineEntry posting(PostingView posting) {
		return new TimelineEntry(posting.recordedAt(), "erp-posting", "erpgateway", posting.type() + " "
				+ posting.businessKey() + " #" + posting.sequence() + ": " + posting.status() + " after "
				+ posting.attempts() + " attempt(s)"
				+ (posting.lastError() == null ? "" : "; last error: " + posting.lastError())
				+ (posting.erpReference() == null ? "" : "; ERP reference " + posting.erpReference()),
				link("/console/erp", "key", posting.businessKey()), null);
	}

	static TimelineEntry adminAction(AdminAuditEntryView action) {
		return new TimelineEntry(action.occurredAt(), "admin-action", "platform", action.actor() + " "
				+ action.action() + " " + action.target() + " (" + action.reason() + "): " + action.outcome(),
				"/console/audit", null);
	}

	private static String module(String eventType) {
		String[] parts = eventType.split("\\.");
		return parts.length > 2 ? parts[2] : eventType;
	}

	/**
	 * The event log narrowed to the event's text within the two seconds around its publication: the log reads that
	 * window by its time index before it looks into payloads, however many publications are archived.
	 */
	private static String eventLog(String text, Instant publishedAt) {
		var from = LocalDateTime.ofInstant(publishedAt.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
		return link("/console/events", "text", text) + "&from=" + from + "&to=" + from.plusSeconds(2);
	}

	private static String link(String path, String name, String value) {
		return path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

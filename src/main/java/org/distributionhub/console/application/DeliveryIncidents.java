package org.distributionhub.console.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.PublicationStatus;
import org.springframework.stereotype.Component;

/**
 * Dead-lettered deliveries; those of the OMS notification listener are OMS notifications that gave up. Deliveries
 * still waiting for a prerequisite past their deadline (they keep waiting, docs/adr/0024). An event
 * naming an order (orderId) puts that order at risk, one naming a purchase order (poNumber) its pegged orders.
 */
@Component
class DeliveryIncidents implements IncidentSource {

	static final String OMS_LISTENER = "order.oms.promise-notification";

	private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern PO_NUMBER = Pattern.compile("\"poNumber\"\\s*:\\s*\"([^\"]+)\"");

	private final FindDeliveries deliveries;
	private final OperationsProperties settings;

	DeliveryIncidents(FindDeliveries deliveries, OperationsProperties settings) {
		this.deliveries = deliveries;
		this.settings = settings;
	}

	@Override
	public List<IncidentDraft> drafts(Instant now) {
		var drafts = new ArrayList<IncidentDraft>();
		deliveries.find(new DeliveryFilter(null, null, PublicationStatus.DEAD_LETTERED), 0, settings.maxPerKind())
			.items()
			.stream()
			.map(DeliveryIncidents::draft)
			.forEach(drafts::add);
		deliveries.waitingPastDeadline(settings.maxPerKind())
			.stream()
			.filter(delivery -> delivery.waiting() != null)
			.map(DeliveryIncidents::waitingDraft)
			.forEach(drafts::add);
		return drafts;
	}

	private static IncidentDraft waitingDraft(DeliveryView delivery) {
		var waiting = delivery.waiting();
		String event = delivery.eventType().substring(delivery.eventType().lastIndexOf('.') + 1);
		var draft = IncidentDraft.of(IncidentKind.DELIVERY_WAITING_TOO_LONG, "publication " + delivery.publicationId(),
				waiting.since(), event + " to " + delivery.listenerId() + " has waited since " + waiting.since()
						+ " for " + waiting.waitingFor() + " (past its deadline " + waiting.deadline()
						+ "; still waiting, tried " + waiting.waits() + " times)",
				"/console/deliveries/" + delivery.publicationId());
		return aboutWhatItNames(draft, delivery);
	}

	private static IncidentDraft aboutWhatItNames(IncidentDraft draft, DeliveryView delivery) {
		Matcher order = ORDER_ID.matcher(delivery.payload());
		if (order.find()) {
			return draft.aboutOrders(List.of(order.group(1)));
		}
		Matcher po = PO_NUMBER.matcher(delivery.payload());
		return po.find() ? draft.aboutPurchaseOrder(null, po.group(1)) : draft;
	}

	private static IncidentDraft draft(DeliveryView delivery) {
		Instant since = delivery.lastFailedAt() == null ? delivery.publishedAt() : delivery.lastFailedAt();
		String event = delivery.eventType().substring(delivery.eventType().lastIndexOf('.') + 1);
		boolean oms = delivery.listenerId().equals(OMS_LISTENER);
		Matcher order = ORDER_ID.matcher(delivery.payload());
		Matcher po = PO_NUMBER.matcher(delivery.payload());
		String key = oms && order.find() ? order.group(1) : "publication " + delivery.publicationId();
		var draft = IncidentDraft.of(oms ? IncidentKind.OMS_WEBHOOK_GAVE_UP : IncidentKind.DELIVERY_DEAD_LETTERED, key,
				since, (oms ? "The OMS was never told of " + event + " of order " + key : event + " to "
						+ delivery.listenerId()) + ": gave up after " + delivery.attempts() + " attempts",
				"/console/deliveries/" + delivery.publicationId());
		if (order.reset().find()) {
			return draft.aboutOrders(List.of(order.group(1)));
		}
		return po.find() ? draft.aboutPurchaseOrder(null, po.group(1)) : draft;
	}
}

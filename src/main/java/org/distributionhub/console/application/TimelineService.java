package org.distributionhub.console.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.console.ports.in.FindTimeline;
import org.distributionhub.console.ports.in.Timeline;
import org.distributionhub.console.ports.in.TimelineEntry;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.order.api.FindOrders;
import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.FindEventsByKey;
import org.distributionhub.platform.api.FindEventsByKey.KeyedEvents;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;
import org.distributionhub.supplier.api.FindPartnerTrail;
import org.distributionhub.supplier.api.FindPurchaseOrderFlows;
import org.distributionhub.supplier.api.FindPurchaseOrderFlows.PurchaseOrderFlow;
import org.springframework.stereotype.Service;

/**
 * Builds a business object's timeline from every module's read-only API: what the key is (a purchase order, an order,
 * a SKU, a partner message, an interchange control number, a correlation id), then its events with their deliveries,
 * partner messages in and out, ERP postings, the order and its promise changes, and admin actions, in time order.
 * A correlation id is followed to the purchase orders and orders its events name. Every look-up is by an index.
 */
@Service
class TimelineService implements FindTimeline {

	/** The most publications and messages one timeline shows (the newest). */
	static final int LIMIT = 500;

	private static final int MAX_RELATED = 20;

	private final FindEventsByKey events;
	private final FindPurchaseOrderFlows purchaseOrders;
	private final FindPartnerTrail partners;
	private final FindPostings postings;
	private final FindOrders orders;
	private final AdminAudit audit;

	TimelineService(FindEventsByKey events, FindPurchaseOrderFlows purchaseOrders, FindPartnerTrail partners,
			FindPostings postings, FindOrders orders, AdminAudit audit) {
		this.events = events;
		this.purchaseOrders = purchaseOrders;
		this.partners = partners;
		this.postings = postings;
		this.orders = orders;
		this.audit = audit;
	}

	@Override
	public Timeline of(String key) {
		String wanted = key.strip();
		if (wanted.isEmpty() || wanted.length() > 200) {
			return new Timeline(wanted, List.of(), List.of(), false);
		}
		KeyedEvents keyed = events.about(wanted, LIMIT);
		List<PurchaseOrderFlow> pos = purchaseOrders.byNumber(wanted);
		List<PurchaseOrderFlow> flowPos = purchaseOrders.byCorrelation(wanted);
		var order = orders.find(wanted);
		Map<Object, MessageRow> messages = new LinkedHashMap<>();
		partners.messagesAbout(wanted, LIMIT).forEach(message -> messages.put(message.id(), message));

		var recognised = new Recognition(wanted, keyed.kinds(), !pos.isEmpty(), order.isPresent(),
				!flowPos.isEmpty(), messages.values()).kinds();
		boolean correlation = recognised.contains(Recognition.CORRELATION);

		Set<PurchaseOrderFlow> allPos = new LinkedHashSet<>(pos);
		allPos.addAll(flowPos);
		Set<String> orderIds = new LinkedHashSet<>();
		order.ifPresent(found -> orderIds.add(found.summary().orderId()));
		if (correlation) {
			keyed.poNumbers().stream().limit(MAX_RELATED).forEach(po -> allPos.addAll(purchaseOrders.byNumber(po)));
			keyed.orderIds().stream().limit(MAX_RELATED).forEach(orderIds::add);
		}

		var entries = new ArrayList<TimelineEntry>();
		keyed.publications().forEach(publication -> entries.addAll(TimelineEntries.publication(publication)));
		var references = new LinkedHashSet<String>();
		var postingViews = new ArrayList<PostingView>();
		for (PurchaseOrderFlow po : allPos) {
			entries.add(TimelineEntries.purchaseOrder(po));
			for (int revision = 0; revision <= po.revision(); revision++) {
				references.add(po.poNumber() + "/r" + revision);
			}
			if (!po.poNumber().equals(wanted)) {
				partners.messagesAbout(po.poNumber(), LIMIT).forEach(message -> messages.putIfAbsent(message.id(), message));
			}
		}
		allPos.stream().map(PurchaseOrderFlow::poNumber).distinct()
			.forEach(po -> postingViews.addAll(postings.byBusinessKey("PO:" + po)));
		for (String orderId : orderIds) {
			(orderId.equals(wanted) ? order : orders.find(orderId))
				.ifPresent(detail -> entries.addAll(TimelineEntries.order(detail)));
			postingViews.addAll(postings.byBusinessKey("SO:" + orderId));
		}
		messages.values().forEach(message -> {
			entries.add(TimelineEntries.messageIn(message));
			references.add(message.id().toString());
		});
		partners.sentUnder(references).forEach(sent -> entries.add(TimelineEntries.messageOut(sent)));
		postingViews.forEach(posting -> entries.add(TimelineEntries.posting(posting)));
		audit.mentioning(mentions(wanted, keyed, postingViews, messages.values()), LIMIT)
			.forEach(action -> entries.add(TimelineEntries.adminAction(action)));
		entries.sort(TimelineEntry.IN_TIME_ORDER);
		return new Timeline(wanted, recognised, entries, keyed.truncated());
	}

	/** What an admin action about this object names: the key, its postings, messages and troubled deliveries. */
	private static List<String> mentions(String key, KeyedEvents keyed, List<PostingView> postings,
			java.util.Collection<MessageRow> messages) {
		var texts = new LinkedHashSet<String>();
		texts.add(key);
		postings.forEach(posting -> texts.add(posting.id().toString()));
		messages.forEach(message -> texts.add(message.id().toString()));
		keyed.publications().stream()
			.filter(publication -> publication.entry().status() == PublicationStatus.FAILED
					|| publication.entry().status() == PublicationStatus.DEAD_LETTERED
					|| !publication.failures().isEmpty())
			.forEach(publication -> texts.add(publication.entry().publicationId().toString()));
		return texts.stream().limit(100).toList();
	}
}

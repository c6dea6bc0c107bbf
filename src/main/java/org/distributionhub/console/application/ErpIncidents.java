package org.distributionhub.console.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.FindStalePostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.springframework.stereotype.Component;

/**
 * ERP backlog: parked postings, and per business key the postings still unsent longer than
 * hub.operations.erp-pending-after. A sales order's postings (SO:) put that order at risk, a purchase order's (PO:)
 * the customer orders pegged to it.
 */
@Component
class ErpIncidents implements IncidentSource {

	static final String LINK = "/console/erp";

	private final FindPostings postings;
	private final FindStalePostings stale;
	private final OperationsProperties settings;

	ErpIncidents(FindPostings postings, FindStalePostings stale, OperationsProperties settings) {
		this.postings = postings;
		this.stale = stale;
		this.settings = settings;
	}

	@Override
	public List<IncidentDraft> drafts(Instant now) {
		var drafts = new ArrayList<IncidentDraft>();
		for (PostingView posting : postings.parked(0, settings.maxPerKind())) {
			drafts.add(about(posting.businessKey(), IncidentDraft.of(IncidentKind.ERP_POSTING_PARKED,
					posting.businessKey(), posting.recordedAt(), describe(posting) + " parked: " + posting.lastError(),
					LINK)));
		}
		var unsentByKey = new LinkedHashMap<String, List<PostingView>>();
		stale.unsentSince(now.minus(settings.erpPendingAfter()), settings.maxPerKind())
			.forEach(posting -> unsentByKey.computeIfAbsent(posting.businessKey(), key -> new ArrayList<>()).add(posting));
		unsentByKey.forEach((key, unsent) -> {
			PostingView oldest = unsent.get(0);
			String summary = (unsent.size() == 1 ? describe(oldest) : unsent.size() + " postings of " + key)
					+ " unsent for " + InventoryIncidents.minutes(java.time.Duration.between(oldest.recordedAt(), now))
					+ " after " + oldest.attempts() + " attempts"
					+ (oldest.lastError() == null ? "" : "; last error: " + oldest.lastError());
			drafts.add(about(key, IncidentDraft.of(IncidentKind.ERP_POSTING_PENDING_TOO_LONG, key,
					oldest.recordedAt(), summary, LINK)));
		});
		return drafts;
	}

	private static String describe(PostingView posting) {
		return posting.type().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " #" + posting.sequence() + " of "
				+ posting.businessKey();
	}

	private static IncidentDraft about(String businessKey, IncidentDraft draft) {
		if (businessKey.startsWith("SO:")) {
			return draft.aboutOrders(List.of(businessKey.substring(3)));
		}
		return businessKey.startsWith("PO:") ? draft.aboutPurchaseOrder(null, businessKey.substring(3)) : draft;
	}
}

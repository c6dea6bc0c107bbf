package org.distributionhub.erpgateway.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.PostingStatus;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the posting ledger for operators and metrics. */
@Service
@Transactional(readOnly = true)
class PostingQueries implements FindPostings {

	private final PostingLedger ledger;

	PostingQueries(PostingLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public Optional<PostingView> find(UUID postingId) {
		return ledger.find(postingId).map(PostingViews::of);
	}

	@Override
	public List<PostingView> byBusinessKey(String businessKey) {
		return ledger.byBusinessKey(businessKey).stream().map(PostingViews::of).toList();
	}

	@Override
	public List<PostingView> forPurchaseOrder(String poNumber) {
		return byBusinessKey(PostingKeys.purchaseOrder(poNumber));
	}

	@Override
	public List<PostingView> parked(int page, int size) {
		return ledger.parked(page, size).stream().map(PostingViews::of).toList();
	}

	@Override
	public Backlog backlog() {
		return new Backlog(ledger.count(PostingStatus.PENDING), ledger.count(PostingStatus.IN_FLIGHT),
				ledger.count(PostingStatus.PARKED), ledger.oldestUnsentRecordedAt().orElse(null));
	}
}

package org.distributionhub.console.jobs.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.ManagePostings;
import org.distributionhub.erpgateway.api.ManagePostings.PostingActionCommand;
import org.distributionhub.erpgateway.api.PostingView;
import org.springframework.stereotype.Component;

/**
 * Retries every parked ERP posting (oldest first) through the ERP gateway, which audits each; a posting that is no
 * longer parked or waiting is refused with the gateway's reason.
 */
@Component
class ErpRetryWork implements BulkWork {

	private final FindPostings postings;
	private final ManagePostings manage;

	ErpRetryWork(FindPostings postings, ManagePostings manage) {
		this.postings = postings;
		this.manage = manage;
	}

	@Override
	public JobKind kind() {
		return JobKind.ERP_RETRY;
	}

	@Override
	public List<Target> resolve(Map<String, String> filter, int max) {
		List<Target> targets = new ArrayList<>();
		Pages.collect(max, postings::parked, PostingView::id,
				posting -> targets.add(new Target(posting.id(), label(posting))));
		return targets;
	}

	@Override
	public String label(UUID itemId) {
		return postings.find(itemId).map(ErpRetryWork::label).orElse("unknown posting");
	}

	@Override
	public ItemResult run(UUID itemId, String actor, String reason) {
		PostingView retried = manage.retry(new PostingActionCommand(itemId, actor, reason));
		return ItemResult.ok("Posting " + retried.businessKey() + " #" + retried.sequence() + " is now "
				+ retried.status());
	}

	private static String label(PostingView posting) {
		return posting.businessKey() + " #" + posting.sequence() + " · " + posting.type();
	}
}

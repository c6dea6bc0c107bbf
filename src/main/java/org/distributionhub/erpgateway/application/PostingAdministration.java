package org.distributionhub.erpgateway.application;

import java.time.Clock;
import java.util.function.Consumer;

import org.distributionhub.erpgateway.api.ManagePostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingStateException;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.distributionhub.platform.api.AdminAudit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operators' actions on postings; each one, refused or done, is written to the admin audit trail. */
@Service
class PostingAdministration implements ManagePostings {

	private final PostingLedger ledger;
	private final AdminAudit audit;
	private final Clock clock;

	PostingAdministration(PostingLedger ledger, AdminAudit audit, Clock clock) {
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PostingView retry(PostingActionCommand command) {
		return act(command, "erp-posting.retry", posting -> posting.retry(clock.instant()));
	}

	@Override
	@Transactional
	public PostingView park(PostingActionCommand command) {
		return act(command, "erp-posting.park", posting -> posting.park(command.reason()));
	}

	@Override
	@Transactional
	public PostingView cancel(PostingActionCommand command) {
		return act(command, "erp-posting.cancel", posting -> posting.cancel(command.reason(), clock.instant()));
	}

	private PostingView act(PostingActionCommand command, String action, Consumer<Posting> change) {
		if (command.actor().isBlank() || command.reason().isBlank()) {
			throw new IllegalArgumentException("An operator action needs an actor and a reason");
		}
		var posting = ledger.find(command.postingId())
			.orElseThrow(() -> new IllegalArgumentException("No posting " + command.postingId()));
		String target = "erp posting %s (%s #%d)".formatted(posting.id(), posting.businessKey(), posting.sequence());
		try {
			change.accept(posting);
		}
		catch (PostingStateException e) {
			audit.record(command.actor(), action, target, command.reason(), "refused: " + e.getMessage());
			throw e;
		}
		var stored = ledger.update(posting)
			.orElseThrow(() -> new PostingStateException("Posting " + posting.id() + " changed meanwhile; try again"));
		audit.record(command.actor(), action, target, command.reason(), "now " + stored.status());
		return PostingViews.of(stored);
	}
}

package org.distributionhub.console.jobs.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.ReplayParkedDocuments;
import org.distributionhub.supplier.api.ReplayParkedDocuments.ReplayResult;
import org.springframework.stereotype.Component;

/**
 * Replays open parked documents (of one supplier, or all) through the Supplier module's replay, which audits each:
 * a document applied, unchanged, a duplicate or stale is done; refused or still parked is refused; one resolved
 * meanwhile or gone is skipped.
 */
@Component
class ParkedReplayWork implements BulkWork {

	private final FindPartnerMessages messages;
	private final ReplayParkedDocuments replay;

	ParkedReplayWork(FindPartnerMessages messages, ReplayParkedDocuments replay) {
		this.messages = messages;
		this.replay = replay;
	}

	@Override
	public JobKind kind() {
		return JobKind.PARKED_REPLAY;
	}

	@Override
	public List<Target> resolve(Map<String, String> filter, int max) {
		String supplier = filter.get("supplier");
		List<Target> targets = new ArrayList<>();
		Pages.collect(max, (page, size) -> messages.parked(supplier, true, page, size).items(),
				FindPartnerMessages.ParkedView::id, parked -> targets.add(new Target(parked.id(), parked.supplierId() + " · "
						+ (parked.poNumber() == null ? "no PO" : parked.poNumber()) + " · " + parked.reason())));
		return targets;
	}

	@Override
	public String label(UUID itemId) {
		return "parked document";
	}

	@Override
	public ItemResult run(UUID itemId, String actor, String reason) {
		ReplayResult result = replay.replay(itemId, reason, actor);
		String message = result.outcome() + ": " + result.explanation();
		return switch (result.outcome()) {
			case APPLIED, NO_CHANGE, DUPLICATE, STALE -> ItemResult.ok(message);
			case REFUSED, STILL_PARKED -> ItemResult.refused(message);
			case ALREADY_RESOLVED, NOT_FOUND -> ItemResult.skipped(message);
		};
	}
}

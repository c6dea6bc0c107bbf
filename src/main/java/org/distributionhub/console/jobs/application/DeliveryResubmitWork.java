package org.distributionhub.console.jobs.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.console.jobs.ports.in.InvalidJobRequest;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.platform.api.ResubmitDeliveries;
import org.distributionhub.platform.api.ResubmitDeliveries.ResubmitDeliveriesCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Resubmits failed and dead-lettered deliveries (by event type, listener and status) through the platform, which
 * audits each; one delivered meanwhile is skipped.
 */
@Component
class DeliveryResubmitWork implements BulkWork {

	private final FindDeliveries deliveries;
	private final ResubmitDeliveries resubmission;

	DeliveryResubmitWork(FindDeliveries deliveries, ResubmitDeliveries resubmission) {
		this.deliveries = deliveries;
		this.resubmission = resubmission;
	}

	@Override
	public JobKind kind() {
		return JobKind.DELIVERY_RESUBMIT;
	}

	@Override
	public List<Target> resolve(Map<String, String> filter, int max) {
		DeliveryFilter chosen;
		try {
			chosen = new DeliveryFilter(filter.get("type"), filter.get("listener"), status(filter.get("status")));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidJobRequest("filter.status", e.getMessage());
		}
		List<Target> targets = new ArrayList<>();
		Pages.collect(max, (page, size) -> deliveries.find(chosen, page, size).items(), DeliveryView::publicationId,
				delivery -> targets.add(new Target(delivery.publicationId(), label(delivery))));
		return targets;
	}

	@Override
	public String label(UUID itemId) {
		return deliveries.find(itemId).map(DeliveryResubmitWork::label).orElse("delivery no longer failed");
	}

	@Override
	public ItemResult run(UUID itemId, String actor, String reason) {
		var result = resubmission.resubmit(
				new ResubmitDeliveriesCommand(List.of(itemId), DeliveryFilter.none(), actor, reason));
		return result.resubmitted() == 1 ? ItemResult.ok("Resubmitted")
				: ItemResult.skipped("No longer failed or dead-lettered");
	}

	private static @Nullable PublicationStatus status(@Nullable String status) {
		return status == null || status.isBlank() ? null
				: PublicationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
	}

	private static String label(DeliveryView delivery) {
		String type = delivery.eventType();
		return type.substring(type.lastIndexOf('.') + 1) + " → " + delivery.listenerId() + " · " + delivery.status();
	}
}

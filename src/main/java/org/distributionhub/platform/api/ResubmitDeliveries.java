package org.distributionhub.platform.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Gives failed or dead-lettered publications a fresh attempt budget and delivers them again. Every call leaves an
 * entry in the admin audit trail with who, when and why.
 */
public interface ResubmitDeliveries {

	ResubmissionResult resubmit(ResubmitDeliveriesCommand command);

	/** Either the listed publications or, when the list is null, every delivery the filter matches. */
	record ResubmitDeliveriesCommand(@Nullable List<UUID> publicationIds, DeliveryFilter filter, String actor,
			String reason) {

		public ResubmitDeliveriesCommand {
			if (actor == null || actor.isBlank()) {
				throw new IllegalArgumentException("A resubmission needs the name of who asks for it");
			}
			if (reason == null || reason.isBlank()) {
				throw new IllegalArgumentException("A resubmission needs a reason");
			}
			if (reason.length() > 2000) {
				throw new IllegalArgumentException("A reason has at most 2000 characters");
			}
			if (publicationIds != null && publicationIds.isEmpty()) {
				throw new IllegalArgumentException("Choose at least one delivery to resubmit");
			}
			reason = reason.strip();
			publicationIds = publicationIds == null ? null : List.copyOf(publicationIds);
		}
	}

	/** How many publications were queued again and how many were no longer failed when asked. */
	record ResubmissionResult(int resubmitted, int skipped) {
	}
}

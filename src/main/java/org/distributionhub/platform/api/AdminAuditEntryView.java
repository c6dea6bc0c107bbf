package org.distributionhub.platform.api;

import java.time.Instant;

/** One thing an admin or operator did, as the append-only trail recorded it. */
public record AdminAuditEntryView(long id, Instant occurredAt, String actor, String action, String target,
		String reason, String outcome) {
}

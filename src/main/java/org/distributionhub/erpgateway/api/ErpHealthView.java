package org.distributionhub.erpgateway.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The ERP's health as this instance sees it. {@code check} is UP, DOWN or UNKNOWN (the adapter cannot check) with
 * {@code checkDetail} saying why; {@code circuit} is the circuit breaker's state (CLOSED, OPEN, HALF_OPEN...);
 * the last failure names the posting (business key and sequence) and the ERP's message.
 */
public record ErpHealthView(String erp, String check, String checkDetail, @Nullable Instant checkedAt,
		String circuit, @Nullable Instant lastSuccessAt, @Nullable Instant lastFailureAt,
		@Nullable String lastFailureKind, @Nullable String lastFailurePosting, @Nullable String lastFailure) {

	/** Whether postings can be expected to flow: the check did not fail and the circuit is not open. */
	public boolean usable() {
		return !check.equals("DOWN") && (circuit.equals("HALF_OPEN") || !circuit.contains("OPEN"));
	}
}

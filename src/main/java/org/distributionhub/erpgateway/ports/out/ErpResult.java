package org.distributionhub.erpgateway.ports.out;

import org.distributionhub.erpgateway.domain.ErpReference;

/** The ERP's answer to a posting: accepted, not now (try again later), or never (an operator must look). */
public sealed interface ErpResult {

	record Accepted(ErpReference reference) implements ErpResult {
	}

	/** Timeouts, refused connections, 5xx, 429 and the like: the same posting may succeed later. */
	record TransientFailure(String reason) implements ErpResult {
	}

	/** Validation errors, missing permissions: sending the same posting again cannot succeed. */
	record PermanentFailure(String reason) implements ErpResult {
	}
}

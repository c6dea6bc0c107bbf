package org.distributionhub.erpgateway.ports.out;

import org.distributionhub.erpgateway.domain.ErpReference;

/**
 * The ERP's answer to a posting: accepted, not now (try again later), or never (an operator must look). A failure's
 * {@code cause} is a short, bounded code for metrics: {@code http_503}, {@code timeout}, {@code connection_refused},
 * {@code io}, {@code payload}, {@code not_found}, {@code refused}, {@code config} or {@code other}.
 */
public sealed interface ErpResult {

	record Accepted(ErpReference reference) implements ErpResult {
	}

	/** Timeouts, refused connections, 5xx, 429 and the like: the same posting may succeed later. */
	record TransientFailure(String reason, String cause) implements ErpResult {

		public TransientFailure(String reason) {
			this(reason, "other");
		}
	}

	/** Validation errors, missing permissions: sending the same posting again cannot succeed. */
	record PermanentFailure(String reason, String cause) implements ErpResult {

		public PermanentFailure(String reason) {
			this(reason, "other");
		}
	}

	/** The failure class for an HTTP status: 408, 425, 429 and 5xx are transient, any other status permanent. */
	static ErpResult forStatus(int status, String reason) {
		String cause = "http_" + status;
		return status == 408 || status == 425 || status == 429 || status >= 500
				? new TransientFailure(reason, cause) : new PermanentFailure(reason, cause);
	}
}

package org.distributionhub.erpgateway.application;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What this instance last heard from the ERP: its last success and its last failure, for health and the console. */
@Component
class ErpStatusBoard {

	private final AtomicReference<@Nullable Instant> lastSuccess = new AtomicReference<>();
	private final AtomicReference<@Nullable LastFailure> lastFailure = new AtomicReference<>();

	void succeeded(Instant at) {
		lastSuccess.set(at);
	}

	void failed(Posting posting, ErpResult failure, Instant at) {
		String reason = failure instanceof ErpResult.TransientFailure t ? t.reason()
				: failure instanceof ErpResult.PermanentFailure p ? p.reason() : "";
		String kind = failure instanceof ErpResult.TransientFailure ? "transient" : "permanent";
		lastFailure.set(new LastFailure(at, kind, posting.businessKey() + " #" + posting.sequence(), reason));
	}

	@Nullable Instant lastSuccess() {
		return lastSuccess.get();
	}

	@Nullable LastFailure lastFailure() {
		return lastFailure.get();
	}

	/** The last failure: when, transient or permanent, for which posting, and the ERP's message. */
	record LastFailure(Instant at, String kind, String posting, String reason) {
	}
}

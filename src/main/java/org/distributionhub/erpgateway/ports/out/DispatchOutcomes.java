package org.distributionhub.erpgateway.ports.out;

import org.distributionhub.erpgateway.domain.Posting;

/** Hears each dispatch outcome as it is stored, for metrics; implementations must be quick and never throw. */
public interface DispatchOutcomes {

	void sent(Posting posting);

	/** A transient failure (the posting comes back after its backoff) or a permanent one (it is parked). */
	void failed(Posting posting, ErpResult failure);

	/** Handed back untried because the rate limiter or the circuit breaker did not let the call through. */
	void released(Posting posting);
}

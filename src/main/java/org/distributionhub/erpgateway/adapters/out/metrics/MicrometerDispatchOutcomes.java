package org.distributionhub.erpgateway.adapters.out.metrics;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.ports.out.DispatchOutcomes;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * hub.erp.postings.dispatched{outcome}: postings sent, retrying (a transient failure), parked and released (not
 * let through); its rate for outcome=sent is the postings per second. hub.erp.postings.failures{kind,cause}: failed
 * ERP calls by kind (transient, permanent) and cause (http_503, http_401, timeout, connection_refused...).
 */
@Component
class MicrometerDispatchOutcomes implements DispatchOutcomes {

	private final MeterRegistry meters;
	private final Counter sent;
	private final Counter retrying;
	private final Counter parked;
	private final Counter released;

	MicrometerDispatchOutcomes(MeterRegistry meters) {
		this.meters = meters;
		this.sent = outcome("sent");
		this.retrying = outcome("retrying");
		this.parked = outcome("parked");
		this.released = outcome("released");
	}

	@Override
	public void sent(Posting posting) {
		sent.increment();
	}

	@Override
	public void failed(Posting posting, ErpResult failure) {
		boolean transientFailure = failure instanceof ErpResult.TransientFailure;
		(transientFailure ? retrying : parked).increment();
		String cause = failure instanceof ErpResult.TransientFailure t ? t.cause()
				: failure instanceof ErpResult.PermanentFailure p ? p.cause() : "other";
		Counter.builder("hub.erp.postings.failures")
			.description("Failed ERP calls by kind (transient: retried, permanent: parked) and cause")
			.tag("kind", transientFailure ? "transient" : "permanent")
			.tag("cause", cause)
			.register(meters)
			.increment();
	}

	@Override
	public void released(Posting posting) {
		released.increment();
	}

	private Counter outcome(String outcome) {
		return Counter.builder("hub.erp.postings.dispatched")
			.description("ERP postings dispatched, by outcome (retrying: a transient failure)")
			.tag("outcome", outcome)
			.register(meters);
	}
}

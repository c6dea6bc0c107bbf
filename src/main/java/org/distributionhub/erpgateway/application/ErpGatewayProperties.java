package org.distributionhub.erpgateway.application;

import java.time.Duration;

import org.distributionhub.shared.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** hub.erp.*: how postings are dispatched to the ERP and how transient failures are retried. */
@ConfigurationProperties("hub.erp")
public record ErpGatewayProperties(@DefaultValue Dispatch dispatch, @DefaultValue Retry retry) {

	/**
	 * hub.erp.dispatch.*: a round claims up to batch-size due postings (one per business key) and sends them on
	 * concurrency threads; a claim holds for lease, after which another instance may take the posting over.
	 */
	public record Dispatch(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
			@DefaultValue("4") int concurrency, @DefaultValue("32") int batchSize,
			@DefaultValue("5m") Duration lease) {

		public Dispatch {
			if (concurrency < 1 || batchSize < 1) {
				throw new IllegalArgumentException("hub.erp.dispatch.concurrency and batch-size must be at least 1");
			}
		}
	}

	/** hub.erp.retry.*: the backoff after a transient failure; postings are retried until sent or parked. */
	public record Retry(@DefaultValue("5s") Duration initialBackoff, @DefaultValue("2.0") double multiplier,
			@DefaultValue("15m") Duration maxBackoff, @DefaultValue("0.2") double jitter) {

		public Backoff backoff() {
			return new Backoff(initialBackoff, multiplier, maxBackoff, jitter);
		}
	}
}

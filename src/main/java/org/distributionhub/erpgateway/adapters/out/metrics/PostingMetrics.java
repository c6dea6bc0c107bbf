package org.distributionhub.erpgateway.adapters.out.metrics;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * hub.erp.postings{state}: postings not yet sent by state (pending, in_flight, parked); hub.erp.oldest.unsent.seconds:
 * age of the oldest of them. Read from the ledger at each scrape; the circuit breaker's state comes from Resilience4j
 * (resilience4j.circuitbreaker.state{name="erp"}).
 */
@Component
class PostingMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	PostingMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String state : new String[] { "PENDING", "IN_FLIGHT", "PARKED" }) {
			Gauge.builder("hub.erp.postings", this, metrics -> metrics.count(state))
				.description("ERP postings not yet sent, by state")
				.tag("state", state.toLowerCase())
				.register(registry);
		}
		Gauge.builder("hub.erp.oldest.unsent.seconds", this, PostingMetrics::oldestUnsentSeconds)
			.description("Age of the oldest ERP posting not yet sent")
			.baseUnit("seconds")
			.register(registry);
	}

	private double count(String state) {
		return jdbc.sql("SELECT COUNT(*) FROM erp_posting WHERE status = ?").param(state).query(Long.class).single();
	}

	private double oldestUnsentSeconds() {
		return jdbc.sql("SELECT MIN(recorded_at) FROM erp_posting WHERE status IN ('PENDING', 'IN_FLIGHT', 'PARKED')")
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::getTime)
			.map(oldest -> (System.currentTimeMillis() - oldest) / 1000.0)
			.orElse(0.0);
	}
}

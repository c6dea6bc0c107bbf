package org.distributionhub.probereceiver;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.probesender.events.ProbeSent;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every probe it applies, with the correlation id the event carried and the one the log context held; a
 * duplicate row would show a probe applied twice. Fails as often as the probe asks before it succeeds.
 */
@Component
public class ProbeReceiver {

	public static final String LISTENER_ID = "probereceiver.record-probe";

	private final JdbcClient jdbc;
	private final Map<UUID, AtomicInteger> invocations = new ConcurrentHashMap<>();
	private final AtomicInteger applied = new AtomicInteger();
	private final int haltAfterCommits;
	private final Duration applyTime;

	/**
	 * With hub.probe.halt-after-commits=N the JVM halts right after the Nth application commits, like kill -9; with
	 * hub.probe.apply-time each probe takes that long to apply, so a burst outruns the listeners however fast the
	 * database is.
	 */
	ProbeReceiver(JdbcClient jdbc, @Value("${hub.probe.halt-after-commits:0}") int haltAfterCommits,
			@Value("${hub.probe.apply-time:0ms}") Duration applyTime) {
		this.jdbc = jdbc;
		this.haltAfterCommits = haltAfterCommits;
		this.applyTime = applyTime;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(ProbeSent probe) {
		int invocation = invocations.computeIfAbsent(probe.eventId(), id -> new AtomicInteger()).incrementAndGet();
		if (probe.failuresBeforeSuccess() < 0 || invocation <= probe.failuresBeforeSuccess()) {
			throw new IllegalStateException("Probe " + probe.payload() + " refused on invocation " + invocation);
		}
		if (!applyTime.isZero()) {
			try {
				Thread.sleep(applyTime.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while applying probe " + probe.payload(), e);
			}
		}
		jdbc.sql("""
				INSERT INTO probe_received (event_id, payload, correlation_id, log_correlation, received_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(probe.eventId(), probe.payload(), probe.correlationId().value(), MDC.get("correlationId"),
					Timestamp.from(Instant.now()))
			.update();
		if (haltAfterCommits > 0 && applied.incrementAndGet() == haltAfterCommits) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					System.out.println("probe-halting after commit of " + probe.payload());
					System.out.flush();
					Runtime.getRuntime().halt(137);
				}
			});
		}
	}

	public int invocations(UUID eventId) {
		var count = invocations.get(eventId);
		return count == null ? 0 : count.get();
	}
}

package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.distributionhub.platform.application.ListenerFailures;
import org.distributionhub.platform.application.StaleDeliveries;
import org.distributionhub.platform.application.StaleDeliveries.InFlight;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.distributionhub.platform.ports.out.DeliveryAttempts.FailedAttempt;
import org.distributionhub.platform.ports.out.DeliveryAttempts.Wait;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Wraps Spring Modulith's publication repository in three places. Marking a publication FAILED also writes the failed
 * attempt to the ledger, with the reason the listener guard noted on this thread (or, when nothing was noted, that
 * the delivery went stale or found no listener); a listener that waits for a prerequisite makes it a wait instead,
 * which gives the attempt back (docs/adr/0024). Marking it RESUBMITTED claims only a FAILED publication, so two
 * instances that read the same failed batch cannot both start a delivery of it; the claim stamps the publication with
 * this hub's run, which delivers it from then on. The staleness monitor's lookup by status gets only what
 * {@link StaleDeliveries} finds stale, counted from when its delivery started.
 */
class GuardedPublicationRepository implements MethodInterceptor {

	private final ObjectProvider<JdbcClient> jdbc;
	private final ObjectProvider<DeliveryAttempts> attempts;
	private final ObjectProvider<ListenerFailures> failures;
	private final ObjectProvider<Clock> clock;
	private final Supplier<UUID> currentRun;
	private final ObjectProvider<StaleDeliveries> judge;
	private final ObjectProvider<Staleness> staleness;

	GuardedPublicationRepository(ObjectProvider<JdbcClient> jdbc, ObjectProvider<DeliveryAttempts> attempts,
			ObjectProvider<ListenerFailures> failures, ObjectProvider<Clock> clock, Supplier<UUID> currentRun,
			ObjectProvider<StaleDeliveries> judge, ObjectProvider<Staleness> staleness) {
		this.jdbc = jdbc;
		this.attempts = attempts;
		this.failures = failures;
		this.clock = clock;
		this.currentRun = currentRun;
		this.judge = judge;
		this.staleness = staleness;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		String method = invocation.getMethod().getName();
		if (method.equals("markResubmitted") && arguments.length == 2) {
			boolean claimed = claimForResubmission((UUID) arguments[0], (Instant) arguments[1]);
			if (claimed) {
				judge.getObject().outcomeWritten((UUID) arguments[0]);
			}
			return claimed;
		}
		if (method.equals("markFailed") && arguments.length == 1 && arguments[0] instanceof UUID id) {
			recordAttempt(id);
			Object result = invocation.proceed();
			judge.getObject().outcomeWritten(id);
			return result;
		}
		if (method.equals("findByStatus") && arguments.length == 1 && arguments[0] instanceof Status status
				&& (status == Status.PUBLISHED || status == Status.RESUBMITTED)) {
			return staleOnly(status, invocation);
		}
		return invocation.proceed();
	}

	/**
	 * Spring Modulith's staleness monitor is the only reader of publications by status: it marks those it gets
	 * failed when they were published before the limit. It gets only those {@link StaleDeliveries} finds stale, and
	 * reads no events at all when none is. One of this run that lost its FAILED mark is stale sooner, published within
	 * the limit: Spring Modulith would pass it over, so it is marked failed here.
	 */
	private List<?> staleOnly(Status status, MethodInvocation invocation) throws Throwable {
		Staleness limits = staleness.getIfAvailable();
		if (limits == null) {
			return (List<?>) invocation.proceed();
		}
		Duration limit = limits.getStaleness(status);
		Instant now = clock.getObject().instant();
		var candidates = jdbc.getObject()
			.sql("SELECT id, owner_run, publication_date FROM event_publication "
					+ "WHERE status = ? AND publication_date < ?")
			.params(status.name(), Timestamp.from(now.minus(StaleDeliveries.lookBack(limit))))
			.query((rs, row) -> new InFlight(rs.getObject("id", UUID.class), rs.getObject("owner_run", UUID.class),
					rs.getTimestamp("publication_date").toInstant()))
			.list();
		Set<UUID> stale = judge.getObject().staleAmong(candidates, limit);
		if (stale.isEmpty()) {
			return List.of();
		}
		var repository = (EventPublicationRepository) invocation.getThis();
		for (InFlight candidate : candidates) {
			if (stale.contains(candidate.id()) && !candidate.publishedAt().isBefore(now.minus(limit))
					&& repository != null) {
				recordAttempt(candidate.id());
				repository.markFailed(candidate.id());
			}
		}
		return ((List<?>) invocation.proceed()).stream()
			.filter(it -> it instanceof TargetEventPublication publication
					&& stale.contains(publication.getIdentifier()))
			.toList();
	}

	private boolean claimForResubmission(UUID id, Instant at) {
		return jdbc.getObject().sql("""
				UPDATE event_publication
				   SET status = 'RESUBMITTED', completion_attempts = completion_attempts + 1,
				       last_resubmission_date = ?, owner_run = ?
				 WHERE id = ? AND status = 'FAILED'""")
			.params(Timestamp.from(at), currentRun.get(), id)
			.update() == 1;
	}

	private void recordAttempt(UUID id) {
		var noted = failures.getObject().take();
		var publication = jdbc.getObject()
			.sql("SELECT listener_id, event_type, completion_attempts FROM event_publication WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Publication(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.optional();
		if (publication.isEmpty()) {
			return;
		}
		String listenerId = publication.get().listenerId();
		String eventType = publication.get().eventType();
		int attempt = publication.get().attempts();
		Instant now = clock.getObject().instant();
		if (noted != null && noted.listenerId().equals(listenerId) && noted.waitingFor() != null) {
			var wait = new Wait(id, noted.waitingFor(), noted.errorMessage(), now, now, 1);
			if (attempts.getObject().recordWait(wait)) {
				attempts.getObject()
					.record(new FailedAttempt(id, listenerId, noted.eventId(), eventType, attempt, now,
							DeliveryAttempts.WAITING, noted.errorMessage(),
							noted.correlationId() == null ? null : noted.correlationId().value()));
			}
		}
		else if (noted != null && noted.listenerId().equals(listenerId)) {
			attempts.getObject().forgetWait(id);
			attempts.getObject()
				.record(new FailedAttempt(id, listenerId, noted.eventId(), eventType, attempt, now, noted.errorType(),
						noted.errorMessage(), noted.correlationId() == null ? null : noted.correlationId().value()));
		}
		else {
			attempts.getObject()
				.record(new FailedAttempt(id, listenerId, null, eventType, attempt, now, DeliveryAttempts.STALE,
						"Marked failed without an error from the listener: the delivery went stale, its transaction "
								+ "failed at commit, or no listener has this id in this hub",
						null));
		}
	}

	private record Publication(String listenerId, String eventType, int attempts) {
	}
}

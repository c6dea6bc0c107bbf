package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.distributionhub.platform.application.ListenerFailures;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.distributionhub.platform.ports.out.DeliveryAttempts.FailedAttempt;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wraps Spring Modulith's publication repository in two places. Marking a publication FAILED also writes the failed
 * attempt to the ledger, with the reason the listener guard noted on this thread (or, when nothing was noted, that
 * the delivery went stale or found no listener). Marking it RESUBMITTED claims only a FAILED publication, so two
 * instances that read the same failed batch cannot both start a delivery of it; the claim stamps the publication with
 * this hub's run, which delivers it from then on.
 */
class GuardedPublicationRepository implements MethodInterceptor {

	private final ObjectProvider<JdbcClient> jdbc;
	private final ObjectProvider<DeliveryAttempts> attempts;
	private final ObjectProvider<ListenerFailures> failures;
	private final ObjectProvider<Clock> clock;
	private final Supplier<UUID> currentRun;

	GuardedPublicationRepository(ObjectProvider<JdbcClient> jdbc, ObjectProvider<DeliveryAttempts> attempts,
			ObjectProvider<ListenerFailures> failures, ObjectProvider<Clock> clock, Supplier<UUID> currentRun) {
		this.jdbc = jdbc;
		this.attempts = attempts;
		this.failures = failures;
		this.clock = clock;
		this.currentRun = currentRun;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		String method = invocation.getMethod().getName();
		if (method.equals("markResubmitted") && arguments.length == 2) {
			return claimForResubmission((UUID) arguments[0], (Instant) arguments[1]);
		}
		if (method.equals("markFailed") && arguments.length == 1 && arguments[0] instanceof UUID id) {
			recordAttempt(id);
		}
		return invocation.proceed();
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
		if (noted != null && noted.listenerId().equals(listenerId)) {
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

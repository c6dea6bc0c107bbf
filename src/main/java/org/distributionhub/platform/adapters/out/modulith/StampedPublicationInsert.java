package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Timestamp;
import java.util.UUID;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Stores a new publication the way Spring Modulith 2.0.3 does in the v2 layout (the same columns and values: its
 * status, one attempt, the publication date as last resubmission date) and, in the same statement, the run of this
 * hub that delivers it, so a restart knows what its crash cut off without an extra write per publication. The
 * business keys the event names are recorded beside it in the same transaction (docs/adr/0018).
 */
class StampedPublicationInsert implements MethodInterceptor {

	private final ObjectProvider<JdbcClient> jdbc;
	private final ObjectProvider<EventSerializer> serializer;
	private final Supplier<UUID> currentRun;
	private final PublicationKeyInsert keys;

	StampedPublicationInsert(ObjectProvider<JdbcClient> jdbc, ObjectProvider<EventSerializer> serializer,
			Supplier<UUID> currentRun) {
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.currentRun = currentRun;
		this.keys = new PublicationKeyInsert(jdbc);
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		if (arguments.length != 1 || !(arguments[0] instanceof TargetEventPublication publication)) {
			return invocation.proceed();
		}
		Object event = publication.getEvent();
		var publishedAt = Timestamp.from(publication.getPublicationDate());
		jdbc.getObject().sql("""
				INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
				    completion_attempts, last_resubmission_date, owner_run)
				VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)""")
			.params(publication.getIdentifier(), event.getClass().getName(),
					publication.getTargetIdentifier().getValue(), publishedAt,
					serializer.getObject().serialize(event).toString(), publication.getStatus().name(), publishedAt,
					currentRun.get())
			.update();
		keys.record(publication.getIdentifier(), event, publication.getPublicationDate());
		return publication;
	}
}

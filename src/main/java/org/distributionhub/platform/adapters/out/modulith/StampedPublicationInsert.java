package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.distributionhub.platform.application.DeliveriesInProgress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores a new publication the way Spring Modulith 2.0.3 does in the v2 layout (the same columns and values: its
 * status, one attempt, the publication date as last resubmission date) and, in the same statement, the run of this
 * hub that delivers it, so a restart knows what its crash cut off without an extra write per publication. The
 * business keys the event names are recorded beside it in the same transaction (docs/adr/0018).
 * <p>
 * Inside a transaction the publications are gathered and written just before it commits, a hundred to an INSERT and
 * their business keys two hundred to one more, each event serialized once however many listeners it has (an
 * acknowledgement has two). A publication created after that, while the transaction completes (a synchronization or a
 * BEFORE_COMMIT or AFTER_COMMIT listener publishing; the hub has none), is written as soon as the transaction
 * committed, on a connection of its own: late, with a warning, but never lost; its delivery is then completed by the
 * recovery or staleness monitor (the inbox absorbs a repeat). Outside a transaction each one is written at once.
 */
class StampedPublicationInsert implements MethodInterceptor {

	/** Rows per INSERT: eight parameters each, far below what a statement may carry. */
	private static final int ROWS_PER_INSERT = 100;

	private static final Logger LOGGER = LoggerFactory.getLogger(StampedPublicationInsert.class);

	private final ObjectProvider<JdbcClient> jdbc;
	private final ObjectProvider<DataSource> dataSource;
	private final ObjectProvider<EventSerializer> serializer;
	private final ObjectProvider<DeliveriesInProgress> deliveries;
	private final Supplier<UUID> currentRun;
	private final PublicationKeyInsert keys;

	StampedPublicationInsert(ObjectProvider<JdbcClient> jdbc, ObjectProvider<DataSource> dataSource,
			ObjectProvider<EventSerializer> serializer, ObjectProvider<DeliveriesInProgress> deliveries,
			Supplier<UUID> currentRun) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.serializer = serializer;
		this.deliveries = deliveries;
		this.currentRun = currentRun;
		this.keys = new PublicationKeyInsert();
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		if (arguments.length != 1 || !(arguments[0] instanceof TargetEventPublication publication)) {
			return invocation.proceed();
		}
		Batch batch = openBatch();
		if (batch == null) {
			write(jdbc.getObject(), List.of(publication));
		}
		else {
			batch.publications.add(publication);
		}
		return publication;
	}

	/** The batch of the current transaction, registered on first use; none outside one or once it was written. */
	private @Nullable Batch openBatch() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch batch && batch.owner() == this) {
				return batch.written ? null : batch;
			}
		}
		var batch = new Batch();
		TransactionSynchronizationManager.registerSynchronization(batch);
		return batch;
	}

	private void write(JdbcClient client, List<TargetEventPublication> publications) {
		Map<Object, String> serialized = new IdentityHashMap<>();
		for (int from = 0; from < publications.size(); from += ROWS_PER_INSERT) {
			var chunk = publications.subList(from, Math.min(publications.size(), from + ROWS_PER_INSERT));
			var rows = new ArrayList<String>(chunk.size());
			var params = new ArrayList<@Nullable Object>(chunk.size() * 8);
			UUID run = currentRun.get();
			for (TargetEventPublication publication : chunk) {
				Object event = publication.getEvent();
				var publishedAt = Timestamp.from(publication.getPublicationDate());
				rows.add("(?, ?, ?, ?, ?, ?, 1, ?, ?)");
				params.add(publication.getIdentifier());
				params.add(event.getClass().getName());
				params.add(publication.getTargetIdentifier().getValue());
				params.add(publishedAt);
				params.add(serialized.computeIfAbsent(event, it -> serializer.getObject().serialize(it).toString()));
				params.add(publication.getStatus().name());
				params.add(publishedAt);
				params.add(run);
			}
			client.sql("""
					INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event,
					    status, completion_attempts, last_resubmission_date, owner_run)
					VALUES """ + String.join(", ", rows))
				.params(params)
				.update();
		}
		keys.record(client, publications);
	}

	/** Writes publications its transaction committed without, in a transaction of their own. */
	private void writeLate(List<TargetEventPublication> publications) {
		LOGGER.warn("{} event publication(s) created while their transaction completed are written after its commit",
				publications.size());
		try (Connection connection = dataSource.getObject().getConnection()) {
			connection.setAutoCommit(false);
			write(JdbcClient.create(new SingleConnectionDataSource(connection, true)), publications);
			connection.commit();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Event publications could not be written after their transaction", e);
		}
	}

	/** The publications of one transaction, written before it commits (last among the synchronizations). */
	private final class Batch implements TransactionSynchronization {

		private final List<TargetEventPublication> publications = new ArrayList<>();

		private boolean written;

		private StampedPublicationInsert owner() {
			return StampedPublicationInsert.this;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			written = true;
			if (!publications.isEmpty()) {
				write(jdbc.getObject(), publications);
			}
		}

		/**
		 * A batch registered while the transaction was completing (its beforeCommit was never called) is written now.
		 * A batch written by a transaction whose commit then failed may or may not be in the database, and nothing
		 * dispatches it: the staleness monitor is told (see {@link DeliveriesInProgress#commitOutcomeUnknown}).
		 */
		@Override
		public void afterCompletion(int status) {
			if (publications.isEmpty()) {
				return;
			}
			if (status == STATUS_COMMITTED && !written) {
				written = true;
				writeLate(publications);
			}
			else if (status != STATUS_COMMITTED && written) {
				deliveries.getObject()
					.commitOutcomeUnknown(publications.stream().map(TargetEventPublication::getIdentifier).toList());
			}
		}
	}
}

package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner outbox in table partner_outbox. */
@Repository
public class JdbcPartnerOutbox implements PartnerOutbox {

	private final JdbcClient jdbc;

	public JdbcPartnerOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UUID add(String supplierId, OutboxKind kind, Channel channel, String reference, OutboundMessage message,
			DeliveryRoute delivery, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partner_outbox (id, supplier_id, kind, channel, reference, file_name, content_type, content,
				  created_at, delivery, delivery_status, attempts, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""")
			.params(id, supplierId, kind.name(), channel.name(), reference, message.fileName(), message.contentType(),
					message.content(), Timestamp.from(now), delivery.name(), Timestamp.from(now))
			.update();
		return id;
	}

	@Override
	public Optional<Entry> find(UUID id) {
		return jdbc.sql("SELECT * FROM partner_outbox WHERE id = ?").param(id).query(this::entry).optional();
	}

	@Override
	public List<Entry> list(String supplierId, boolean unpulledOnly, int limit) {
		return jdbc.sql("SELECT * FROM partner_outbox WHERE supplier_id = ? AND (? = FALSE OR pulled_at IS NULL)"
				+ " ORDER BY created_at DESC LIMIT ?")
			.params(supplierId, unpulledOnly, limit)
			.query(this::entry)
			.list();
	}

	@Override
	public List<Entry> underReferences(Collection<String> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM partner_outbox WHERE reference IN (:references) ORDER BY created_at, id")
			.param("references", references)
			.query(this::entry)
			.list();
	}

	@Override
	public List<Entry> due(DeliveryRoute delivery, Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM partner_outbox WHERE delivery = ? AND delivery_status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, created_at LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(delivery.name(), Timestamp.from(now), limit)
			.query(this::entry)
			.list();
	}

	@Override
	public List<Entry> claim(DeliveryRoute delivery, Instant now, Instant leaseUntil, int limit) {
		List<Entry> due = due(delivery, now, limit);
		if (!due.isEmpty()) {
			jdbc.sql("UPDATE partner_outbox SET next_attempt_at = :lease WHERE id IN (:ids)")
				.param("lease", Timestamp.from(leaseUntil))
				.param("ids", due.stream().map(Entry::id).toList())
				.update();
		}
		return due.stream().map(entry -> leased(entry, leaseUntil)).toList();
	}

	private static Entry leased(Entry entry, Instant leaseUntil) {
		return new Entry(entry.id(), entry.supplierId(), entry.kind(), entry.channel(), entry.reference(),
				entry.fileName(), entry.contentType(), entry.content(), entry.createdAt(), entry.delivery(),
				entry.deliveryStatus(), entry.attempts(), leaseUntil, entry.lastError(), entry.deliveredAt(),
				entry.pulledAt());
	}

	@Override
	public void delivered(UUID id, Instant now) {
		jdbc.sql("""
				UPDATE partner_outbox SET delivery_status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1,
				  next_attempt_at = NULL WHERE id = ?""")
			.params(Timestamp.from(now), id)
			.update();
	}

	@Override
	public void deliveryFailed(UUID id, @Nullable Instant nextAttempt, String error) {
		jdbc.sql("""
				UPDATE partner_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
				  delivery_status = CASE WHEN ? THEN 'FAILED' ELSE 'PENDING' END WHERE id = ?""")
			.params(nextAttempt == null ? null : Timestamp.from(nextAttempt),
					error.length() > 2000 ? error.substring(0, 2000) : error, nextAttempt == null, id)
			.update();
	}

	@Override
	public void pulled(UUID id, Instant now) {
		jdbc.sql("UPDATE partner_outbox SET pulled_at = COALESCE(pulled_at, ?) WHERE id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	private Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), rs.getString("supplier_id"),
				OutboxKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")),
				rs.getString("reference"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getBytes("content"), rs.getTimestamp("created_at").toInstant(),
				DeliveryRoute.valueOf(rs.getString("delivery")), DeliveryStatus.valueOf(rs.getString("delivery_status")),
				rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "delivered_at"),
				instant(rs, "pulled_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}

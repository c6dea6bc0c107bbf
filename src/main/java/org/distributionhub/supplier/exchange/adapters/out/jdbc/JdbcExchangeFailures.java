package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.FindExchangeFailures.FailedMessage;
import org.distributionhub.supplier.api.FindExchangeFailures.GaveUpDelivery;
import org.distributionhub.supplier.api.FindExchangeFailures.ReusedControlNumber;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.out.ExchangeFailures;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failures in inbound_message (by its received_at index, a recent window only) and partner_outbox (by its delivery
 * index), without reading message content.
 */
@Repository
class JdbcExchangeFailures implements ExchangeFailures {

	private final JdbcClient jdbc;

	JdbcExchangeFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FailedMessage> failedMessages(Instant since, int limit) {
		return jdbc.sql("""
				SELECT id, supplier_id, channel, received_at, status, summary FROM inbound_message
				WHERE received_at >= ? AND status IN ('REFUSED', 'FAILED') AND test = FALSE
				  AND first_message_id IS NULL
				ORDER BY received_at DESC LIMIT ?""")
			.params(Timestamp.from(since), limit)
			.query((rs, row) -> new FailedMessage(rs.getObject(1, UUID.class), rs.getString(2),
					Channel.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
					MessageStatus.valueOf(rs.getString(5)), rs.getString(6)))
			.list();
	}

	@Override
	public List<ReusedControlNumber> reusedControlNumbers(Instant since, int limit) {
		return jdbc.sql("""
				SELECT id, supplier_id, interchange_key, received_at, first_message_id, first_received_at
				FROM inbound_message
				WHERE received_at >= ? AND first_message_id IS NOT NULL AND test = FALSE
				ORDER BY received_at DESC LIMIT ?""")
			.params(Timestamp.from(since), limit)
			.query((rs, row) -> new ReusedControlNumber(rs.getObject(1, UUID.class), rs.getString(2),
					controlNumber(rs.getString(3)), rs.getTimestamp(4).toInstant(),
					rs.getObject(5, UUID.class), nullableInstant(rs, 6)))
			.list();
	}

	@Override
	public List<GaveUpDelivery> webhooksGivenUp(int limit) {
		return jdbc.sql("""
				SELECT id, supplier_id, kind, reference, created_at, attempts, last_error FROM partner_outbox
				WHERE delivery = 'WEBHOOK' AND delivery_status = 'FAILED' ORDER BY created_at DESC LIMIT ?""")
			.param(limit)
			.query((rs, row) -> new GaveUpDelivery(rs.getObject(1, UUID.class), rs.getString(2),
					OutboxKind.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getInt(6), rs.getString(7)))
			.list();
	}

	private static String controlNumber(@Nullable String interchangeKey) {
		return interchangeKey == null ? "?" : interchangeKey.substring(interchangeKey.lastIndexOf(':') + 1);
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}

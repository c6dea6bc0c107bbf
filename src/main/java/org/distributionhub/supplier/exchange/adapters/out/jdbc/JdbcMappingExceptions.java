package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.supplier.api.ParkedStatus;
import org.distributionhub.supplier.exchange.ports.out.MappingExceptions;
import org.distributionhub.shared.ControlCharacters;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parked documents in table mapping_exception, one row per message document. */
@Repository
class JdbcMappingExceptions implements MappingExceptions {

	private static final String WHERE = " WHERE (CAST(? AS VARCHAR) IS NULL OR supplier_id = ?)"
			+ " AND (? = FALSE OR status = 'OPEN')";

	private final JdbcClient jdbc;

	JdbcMappingExceptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void park(UUID messageId, int documentIndex, String supplierId, @Nullable String poNumber, String reason,
			Instant now) {
		String clipped = StoredText.of(reason);
		int updated = jdbc.sql("UPDATE mapping_exception SET reason = ? WHERE message_id = ? AND document_index = ?")
			.params(clipped, messageId, documentIndex)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO mapping_exception (id, message_id, document_index, supplier_id, po_number, reason, status,
					  parked_at, replays) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)""")
				.params(UUID.randomUUID(), messageId, documentIndex, supplierId,
					poNumber == null ? null : ControlCharacters.visible(poNumber), clipped, Timestamp.from(now))
				.update();
		}
	}

	@Override
	public Optional<Parked> find(UUID id) {
		return jdbc.sql("SELECT * FROM mapping_exception WHERE id = ? FOR UPDATE").param(id).query(this::parked)
			.optional();
	}

	@Override
	public List<Parked> list(@Nullable String supplierId, boolean openOnly, int limit) {
		return list(supplierId, openOnly, 0, limit);
	}

	@Override
	public List<Parked> list(@Nullable String supplierId, boolean openOnly, long offset, int limit) {
		return jdbc.sql("SELECT * FROM mapping_exception" + WHERE + " ORDER BY parked_at DESC, id LIMIT ? OFFSET ?")
			.params(supplierId, supplierId, openOnly, limit, offset)
			.query(this::parked)
			.list();
	}

	@Override
	public long count(@Nullable String supplierId, boolean openOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM mapping_exception" + WHERE)
			.params(supplierId, supplierId, openOnly)
			.query(Long.class)
			.single();
	}

	@Override
	public void resolve(UUID id, Instant now, String outcome) {
		jdbc.sql("""
				UPDATE mapping_exception SET status = 'RESOLVED', resolved_at = ?, replays = replays + 1, outcome = ?
				WHERE id = ?""")
			.params(Timestamp.from(now), StoredText.of(outcome), id)
			.update();
	}

	@Override
	public void recordAttempt(UUID id, Instant now, String reason) {
		jdbc.sql("UPDATE mapping_exception SET replays = replays + 1, reason = ? WHERE id = ?")
			.params(StoredText.of(reason), id)
			.update();
	}

	private Parked parked(ResultSet rs, int row) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new Parked(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
				rs.getInt("document_index"), rs.getString("supplier_id"), rs.getString("po_number"),
				rs.getString("reason"), ParkedStatus.valueOf(rs.getString("status")), rs.getTimestamp("parked_at").toInstant(),
				resolved == null ? null : resolved.toInstant(), rs.getInt("replays"), rs.getString("outcome"));
	}
}

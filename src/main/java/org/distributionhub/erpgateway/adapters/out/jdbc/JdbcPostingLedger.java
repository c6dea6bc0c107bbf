package org.distributionhub.erpgateway.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.PostingPayload;
import org.distributionhub.erpgateway.domain.PostingSnapshot;
import org.distributionhub.erpgateway.domain.PostingStatus;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ledger in table erp_posting, with the same SQL on H2 and PostgreSQL: claims lock rows with FOR UPDATE SKIP
 * LOCKED, every change is stored over the version it was loaded with, and a posting recorded twice is refused by the
 * unique keys (ON CONFLICT DO NOTHING, so the caller's transaction stays usable on PostgreSQL). A new posting takes
 * the next sequence number of its business key in its INSERT and reads it back as a generated key (RETURNING on
 * PostgreSQL).
 */
@Repository
class JdbcPostingLedger implements PostingLedger {

	private static final String CLAIMABLE = """
			SELECT p.* FROM erp_posting p
			WHERE ((p.status = 'PENDING' AND p.next_attempt_at <= :now)
			       OR (p.status = 'IN_FLIGHT' AND p.lease_until < :now))
			  AND NOT EXISTS (SELECT 1 FROM erp_posting earlier
			                  WHERE earlier.business_key = p.business_key AND earlier.sequence_no < p.sequence_no
			                    AND earlier.status IN ('PENDING', 'IN_FLIGHT', 'PARKED'))
			  AND NOT EXISTS (SELECT 1 FROM erp_posting other
			                  WHERE other.business_key = p.business_key AND other.id <> p.id
			                    AND other.status = 'IN_FLIGHT')
			ORDER BY p.next_attempt_at, p.id
			LIMIT :limit
			FOR UPDATE SKIP LOCKED""";

	private final JdbcClient jdbc;
	private final PostingPayloadJson payloads;

	JdbcPostingLedger(JdbcClient jdbc, PostingPayloadJson payloads) {
		this.jdbc = jdbc;
		this.payloads = payloads;
	}

	@Override
	public Optional<Posting> append(UUID id, PostingPayload payload, PostingKeys keys, Instant now) {
		var sequence = new GeneratedKeyHolder();
		// H2 refuses at once a key another transaction holds uncommitted; ConcurrentWrites asks again until it ended.
		int added = ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO erp_posting (id, posting_type, business_key, sequence_no, payload, idempotency_key,
				    recorded_at, version, status, attempts, next_attempt_at)
				VALUES (?, ?, ?,
				    (SELECT COALESCE(MAX(sequence_no), 0) + 1 FROM erp_posting WHERE business_key = ?), ?, ?,
				    ?, 0, ?, 0, ?)
				ON CONFLICT DO NOTHING""")
			.params(id, payload.type().name(), keys.businessKey(), keys.businessKey(), payloads.write(payload),
					keys.idempotencyKey(), ts(now), PostingStatus.PENDING.name(), ts(now))
			.update(sequence, "sequence_no"));
		if (added != 1) {
			return Optional.empty();
		}
		return Optional.of(Posting.record(id, payload, keys, sequence.getKeyAs(Number.class).longValue(), now));
	}

	@Override
	public boolean add(Posting posting) {
		var p = posting.snapshot();
		return jdbc.sql("""
				INSERT INTO erp_posting (id, posting_type, business_key, sequence_no, payload, idempotency_key,
				    recorded_at, version, status, attempts, next_attempt_at, lease_until, last_error, erp_reference,
				    completed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(p.id(), p.type().name(), p.businessKey(), p.sequence(), payloads.write(p.payload()),
					p.idempotencyKey(), ts(p.recordedAt()), p.status().name(), p.attempts(), ts(p.nextAttemptAt()),
					ts(p.leaseUntil()), clip(p.lastError()), reference(p.erpReference()), ts(p.completedAt()))
			.update() == 1;
	}

	@Override
	public Optional<Posting> find(UUID id) {
		return jdbc.sql("SELECT * FROM erp_posting WHERE id = ?").param(id).query(this::toPosting).optional();
	}

	@Override
	public Optional<Posting> findByIdempotencyKey(String idempotencyKey) {
		return jdbc.sql("SELECT * FROM erp_posting WHERE idempotency_key = ?")
			.param(idempotencyKey)
			.query(this::toPosting)
			.optional();
	}

	@Override
	public List<Posting> byBusinessKey(String businessKey) {
		return jdbc.sql("SELECT * FROM erp_posting WHERE business_key = ? ORDER BY sequence_no")
			.param(businessKey)
			.query(this::toPosting)
			.list();
	}

	@Override
	public List<Posting> lockClaimable(Instant now, int limit) {
		return jdbc.sql(CLAIMABLE).param("now", ts(now)).param("limit", limit).query(this::toPosting).list();
	}

	@Override
	public Optional<Posting> update(Posting posting) {
		var p = posting.snapshot();
		int updated = jdbc.sql("""
				UPDATE erp_posting SET version = version + 1, status = ?, attempts = ?, next_attempt_at = ?,
				    lease_until = ?, last_error = ?, erp_reference = ?, completed_at = ?
				WHERE id = ? AND version = ?""")
			.params(p.status().name(), p.attempts(), ts(p.nextAttemptAt()), ts(p.leaseUntil()), clip(p.lastError()),
					reference(p.erpReference()), ts(p.completedAt()), p.id(), p.version())
			.update();
		return updated == 1 ? Optional.of(Posting.restore(p.withVersion(p.version() + 1))) : Optional.empty();
	}

	@Override
	public long count(PostingStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM erp_posting WHERE status = ?")
			.param(status.name())
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<Instant> oldestUnsentRecordedAt() {
		return jdbc.sql("SELECT MIN(recorded_at) FROM erp_posting WHERE status IN ('PENDING', 'IN_FLIGHT', 'PARKED')")
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	@Override
	public List<Posting> parked(int page, int size) {
		return jdbc.sql("SELECT * FROM erp_posting WHERE status = 'PARKED' ORDER BY recorded_at, id LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query(this::toPosting)
			.list();
	}

	/** A stored posting; its payload is read back from the JSON it was stored as, whichever version stored it. */
	private Posting toPosting(ResultSet rs, int row) throws SQLException {
		String reference = rs.getString("erp_reference");
		var payload = payloads.read(PostingType.valueOf(rs.getString("posting_type")), rs.getString("payload"));
		return Posting.restore(new PostingSnapshot(rs.getObject("id", UUID.class), payload,
				rs.getString("business_key"), rs.getLong("sequence_no"), rs.getString("idempotency_key"),
				instant(rs, "recorded_at"), rs.getLong("version"), PostingStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "lease_until"),
				rs.getString("last_error"), reference == null ? null : new ErpReference(reference),
				instant(rs, "completed_at")));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable String reference(@Nullable ErpReference reference) {
		return reference == null ? null : reference.value();
	}

	private static @Nullable String clip(@Nullable String text) {
		return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
	}
}

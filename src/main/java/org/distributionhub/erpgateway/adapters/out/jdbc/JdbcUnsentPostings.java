package org.distributionhub.erpgateway.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.out.UnsentPostings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads unsent erp_posting rows by (status, recorded_at), leaving their payloads unread. */
@Repository
class JdbcUnsentPostings implements UnsentPostings {

	private final JdbcClient jdbc;

	JdbcUnsentPostings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PostingView> recordedBefore(Instant recordedBefore, int limit) {
		return jdbc.sql("""
				SELECT id, posting_type, business_key, sequence_no, idempotency_key, status, attempts, recorded_at,
				  next_attempt_at, last_error, erp_reference
				FROM erp_posting WHERE status IN ('PENDING', 'IN_FLIGHT') AND recorded_at < ?
				ORDER BY recorded_at, id LIMIT ?""")
			.params(Timestamp.from(recordedBefore), limit)
			.query((rs, row) -> new PostingView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
					rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getString(11)))
			.list();
	}
}

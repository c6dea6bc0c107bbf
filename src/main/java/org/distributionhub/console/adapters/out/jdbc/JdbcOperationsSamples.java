package org.distributionhub.console.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.distributionhub.console.ports.out.OperationsSamples;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table operations_sample, keyed by its minute: an ON CONFLICT insert, a range read and a prune on the key. */
@Repository
class JdbcOperationsSamples implements OperationsSamples {

	private final JdbcClient jdbc;

	JdbcOperationsSamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addIfAbsent(BacklogSample sample) {
		jdbc.sql("""
				INSERT INTO operations_sample (sampled_at, incomplete_publications, oldest_publication_at,
				  unsent_postings, parked_postings, oldest_unsent_posting_at) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(Timestamp.from(sample.at()), sample.incompletePublications(), ts(sample.oldestPublicationAt()),
					sample.unsentPostings(), sample.parkedPostings(), ts(sample.oldestUnsentPostingAt()))
			.update();
	}

	@Override
	public List<BacklogSample> since(Instant from) {
		return jdbc.sql("SELECT * FROM operations_sample WHERE sampled_at >= ? ORDER BY sampled_at")
			.param(Timestamp.from(from))
			.query(JdbcOperationsSamples::sample)
			.list();
	}

	@Override
	public int deleteBefore(Instant before) {
		return jdbc.sql("DELETE FROM operations_sample WHERE sampled_at < ?").param(Timestamp.from(before)).update();
	}

	private static BacklogSample sample(ResultSet rs, int row) throws SQLException {
		return new BacklogSample(rs.getTimestamp("sampled_at").toInstant(), rs.getLong("incomplete_publications"),
				instant(rs.getTimestamp("oldest_publication_at")), rs.getLong("unsent_postings"),
				rs.getLong("parked_postings"), instant(rs.getTimestamp("oldest_unsent_posting_at")));
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}

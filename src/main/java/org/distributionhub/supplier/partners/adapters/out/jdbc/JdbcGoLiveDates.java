package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.distributionhub.supplier.partners.ports.out.GoLiveDates;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The go-live moment in supplier_profile.live_since, a column the profile aggregate leaves alone. */
@Repository
class JdbcGoLiveDates implements GoLiveDates {

	private final JdbcClient jdbc;

	JdbcGoLiveDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> liveSince(String supplierId) {
		return jdbc.sql("SELECT live_since FROM supplier_profile WHERE supplier_id = ?")
			.param(supplierId)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap(it -> it);
	}

	@Override
	public void record(String supplierId, @Nullable Instant liveSince) {
		if (liveSince == null) {
			jdbc.sql("UPDATE supplier_profile SET live_since = NULL WHERE supplier_id = ?").param(supplierId).update();
		}
		else {
			jdbc.sql("UPDATE supplier_profile SET live_since = ? WHERE supplier_id = ?")
				.param(Timestamp.from(liveSince))
				.param(supplierId)
				.update();
		}
	}
}

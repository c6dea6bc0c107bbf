package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.ports.out.PublicationArchive;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletes the oldest archived publications a batch at a time (by the publication date index) with their attempts. */
@Repository
class JdbcPublicationArchive implements PublicationArchive {

	private final JdbcClient jdbc;

	JdbcPublicationArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int forgetPublishedBefore(Instant before, int limit) {
		List<UUID> ids = jdbc.sql("""
				SELECT id FROM event_publication_archive WHERE publication_date < ?
				ORDER BY publication_date LIMIT ?""")
			.params(Timestamp.from(before), limit)
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		jdbc.sql("DELETE FROM delivery_attempt WHERE publication_id IN (:ids)").param("ids", ids).update();
		return jdbc.sql("DELETE FROM event_publication_archive WHERE id IN (:ids)").param("ids", ids).update();
	}
}

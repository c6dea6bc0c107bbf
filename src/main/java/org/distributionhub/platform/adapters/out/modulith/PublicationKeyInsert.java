package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.domain.EventKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the business keys an event names for one of its publications, in one statement (docs/adr/0018). */
class PublicationKeyInsert {

	private final ObjectProvider<JdbcClient> jdbc;

	PublicationKeyInsert(ObjectProvider<JdbcClient> jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID publicationId, Object event, Instant publishedAt) {
		var keys = EventKeys.of(event);
		if (keys.isEmpty()) {
			return;
		}
		var rows = new ArrayList<String>(keys.size());
		List<Object> params = new ArrayList<>(keys.size() * 4);
		var at = Timestamp.from(publishedAt);
		keys.forEach((key, kind) -> {
			rows.add("(?, ?, ?, ?)");
			params.addAll(List.of(key, kind.name(), publicationId, at));
		});
		jdbc.getObject()
			.sql("INSERT INTO publication_key (business_key, key_kind, publication_id, published_at) VALUES "
					+ String.join(", ", rows))
			.params(params)
			.update();
	}
}

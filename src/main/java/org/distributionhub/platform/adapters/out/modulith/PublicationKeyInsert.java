package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.domain.EventKeys;
import org.distributionhub.platform.domain.EventKeys.KeyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Writes the business keys the events of some publications name, in one statement per 200 keys (docs/adr/0018).
 * The keys of one event are found once, however many of its publications are written together.
 */
class PublicationKeyInsert {

	private static final int ROWS_PER_INSERT = 200;

	void record(JdbcClient jdbc, List<TargetEventPublication> publications) {
		var params = new ArrayList<List<Object>>();
		Object lastEvent = null;
		Map<String, KeyKind> lastKeys = Map.of();
		for (TargetEventPublication publication : publications) {
			if (publication.getEvent() != lastEvent) {
				lastEvent = publication.getEvent();
				lastKeys = EventKeys.of(lastEvent);
			}
			var at = Timestamp.from(publication.getPublicationDate());
			lastKeys.forEach((key, kind) -> params.add(List.of(key, kind.name(), publication.getIdentifier(), at)));
		}
		for (int from = 0; from < params.size(); from += ROWS_PER_INSERT) {
			var chunk = params.subList(from, Math.min(params.size(), from + ROWS_PER_INSERT));
			jdbc.sql("INSERT INTO publication_key (business_key, key_kind, publication_id, published_at) VALUES "
					+ String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)")))
				.params(chunk.stream().flatMap(List::stream).toList())
				.update();
		}
	}
}

package org.distributionhub.console.jobs.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads a module's paged list to its end (or max items), each item once even if the pages shift meanwhile. */
final class Pages {

	static final int SIZE = 500;

	private Pages() {
	}

	/** A module's page query: the items of page number {@code page}, {@code size} per page. */
	interface Query<T> {

		List<T> page(int page, int size);
	}

	static <T> void collect(int max, Query<T> query, Function<T, UUID> id, Consumer<T> each) {
		Set<UUID> seen = new HashSet<>();
		for (int page = 0; seen.size() < max; page++) {
			List<T> items = query.page(page, SIZE);
			for (T item : items) {
				if (seen.size() < max && seen.add(id.apply(item))) {
					each.accept(item);
				}
			}
			if (items.size() < SIZE) {
				return;
			}
		}
	}
}

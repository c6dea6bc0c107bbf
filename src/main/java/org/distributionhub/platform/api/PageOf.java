package org.distributionhub.platform.api;

import java.util.List;

/** One page of results with the total the filter matched. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}

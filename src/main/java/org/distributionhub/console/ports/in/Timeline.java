package org.distributionhub.console.ports.in;

import java.util.List;

/**
 * A business object's story: the key asked for, what the hub recognised it as (a purchase order, an order, a SKU,
 * a partner message, an interchange control number, a correlation id; several when the key is ambiguous), every
 * entry in time order, and whether the oldest events were left out because there were too many.
 */
public record Timeline(String key, List<String> recognisedAs, List<TimelineEntry> entries, boolean truncated) {

	public Timeline {
		recognisedAs = List.copyOf(recognisedAs);
		entries = List.copyOf(entries);
	}

	public boolean ambiguous() {
		return recognisedAs.size() > 1;
	}
}

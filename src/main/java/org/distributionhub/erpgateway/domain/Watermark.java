package org.distributionhub.erpgateway.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How far the reading of an ERP's purchase orders got: the change time of the last order taken in, and the ids of
 * the orders taken in at exactly that time. ERPs stamp changes to the second (or the microsecond), so several orders
 * can share a time; the next read asks for that time again and leaves out the ids seen, so none is missed and none is
 * read twice.
 */
@ValueObject
public record Watermark(Instant changedAt, Set<String> idsAtChangedAt) {

	public Watermark {
		idsAtChangedAt = Set.copyOf(idsAtChangedAt);
	}

	/** Before anything was read. */
	public static Watermark start() {
		return new Watermark(Instant.EPOCH, Set.of());
	}

	/** Whether the order with this id, changed at this time, was taken in already. */
	public boolean hasSeen(Instant changed, String id) {
		return changed.isBefore(changedAt) || changed.equals(changedAt) && idsAtChangedAt.contains(id);
	}

	/** The watermark after taking in the order with this id, changed at this time (never moving back). */
	public Watermark advance(Instant changed, String id) {
		if (changed.isAfter(changedAt)) {
			return new Watermark(changed, Set.of(id));
		}
		if (changed.equals(changedAt)) {
			var ids = new LinkedHashSet<>(idsAtChangedAt);
			ids.add(id);
			return new Watermark(changedAt, ids);
		}
		return this;
	}
}

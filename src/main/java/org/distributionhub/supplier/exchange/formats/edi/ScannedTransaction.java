package org.distributionhub.supplier.exchange.formats.edi;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A transaction set (X12 ST to SE) or message (EDIFACT UNH to UNT) as scanned: its segments, positioned from its
 * header as 1, and the validation errors StAEDI reported inside it.
 */
public final class ScannedTransaction {

	private final int start;
	private final List<Segment> segments = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();

	ScannedTransaction(int start) {
		this.start = start;
	}

	void add(Segment segment) {
		segments.add(new Segment(segment.tag(), relative(segment.position()), segment.elements()));
	}

	void add(Finding finding) {
		findings.add(finding.at(relative(finding.position())));
	}

	private int relative(int position) {
		return position - start + 1;
	}

	public List<Segment> segments() {
		return List.copyOf(segments);
	}

	public List<Finding> findings() {
		return List.copyOf(findings);
	}

	public Segment header() {
		return segments.isEmpty() ? new Segment("", 1, List.of()) : segments.get(0);
	}

	/** The last segment if it carries the trailer tag (SE, UNT); null when the trailer is missing. */
	@Nullable
	public Segment trailer(String tag) {
		Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
		return last != null && segments.size() > 1 && last.is(tag) ? last : null;
	}

	/** The segments between header and trailer. */
	public List<Segment> body(String trailerTag) {
		int end = trailer(trailerTag) == null ? segments.size() : segments.size() - 1;
		return segments.size() <= 1 ? List.of() : List.copyOf(segments.subList(1, end));
	}
}

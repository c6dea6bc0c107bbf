package org.distributionhub.supplier.exchange.formats.edi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.distributionhub.supplier.exchange.ports.out.GroupReport.ElementError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.SegmentError;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

/**
 * The segment and element errors found in one transaction: as AK3/AK4 for the 997 and as problems a person can
 * read, located by transaction, segment position and element.
 */
public final class SegmentIssues {

	private static final int MAX_BAD_VALUE = 99;

	private final String where;
	private final Map<Integer, Entry> bySegment = new TreeMap<>();
	private final Set<SyntaxProblem> problems = new LinkedHashSet<>();

	public SegmentIssues(String where) {
		this.where = where;
	}

	public void element(Segment segment, int element, @Nullable String reference, String code, @Nullable String value,
			String message) {
		element(segment.tag(), segment.position(), element, reference, code, value, message);
	}

	public void element(String tag, int position, int element, @Nullable String reference, String code,
			@Nullable String value, String message) {
		entry(tag, position, "8").elements.add(new ElementError(element, null, reference, code,
				value == null || value.isEmpty() ? null : clip(value)));
		problems.add(new SyntaxProblem(where + ", segment " + position + " (" + tag + "), element " + element,
				message));
	}

	public void segment(String tag, int position, String code, String message) {
		entry(tag, position, code).code = code;
		problems.add(new SyntaxProblem(where + ", segment " + position + " (" + tag + ")", message));
	}

	public boolean any() {
		return !problems.isEmpty();
	}

	public List<SegmentError> errors() {
		return bySegment.values().stream()
				.map(entry -> new SegmentError(entry.tag, entry.position, null, entry.code, entry.elements))
				.toList();
	}

	public List<SyntaxProblem> problems() {
		return List.copyOf(problems);
	}

	private Entry entry(String tag, int position, String code) {
		return bySegment.computeIfAbsent(position, p -> new Entry(tag, p, code));
	}

	private static String clip(String value) {
		return value.length() > MAX_BAD_VALUE ? value.substring(0, MAX_BAD_VALUE) : value;
	}

	private static final class Entry {

		private final String tag;
		private final int position;
		private String code;
		private final List<ElementError> elements = new ArrayList<>();

		Entry(String tag, int position, String code) {
			this.tag = tag;
			this.position = position;
			this.code = code;
		}
	}
}

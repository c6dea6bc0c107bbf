package org.distributionhub.supplier.exchange.formats.edi;

import java.util.List;

/**
 * One segment as read: its tag, its position (in its transaction, the header being 1; in the interchange for
 * envelope segments) and its elements, each a list of components. Absent elements and components read as "".
 */
public record Segment(String tag, int position, List<List<String>> elements) {

	public Segment {
		elements = elements.stream().map(List::copyOf).toList();
	}

	/** The element (1-based), or its first component when it is composite. */
	public String value(int element) {
		return component(element, 1);
	}

	public String component(int element, int component) {
		if (element < 1 || element > elements.size()) {
			return "";
		}
		List<String> components = elements.get(element - 1);
		return component < 1 || component > components.size() ? "" : components.get(component - 1);
	}

	public boolean has(int element) {
		return !value(element).isBlank();
	}

	public int size() {
		return elements.size();
	}

	public boolean is(String otherTag) {
		return tag.equals(otherTag);
	}
}

package org.distributionhub.supplier.exchange.formats.edi;

import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * A validation error StAEDI reported: what, in which segment (position as in {@link Segment}), element and
 * component (-1 when not known), the data element reference and the value found.
 */
public record Finding(EDIStreamValidationError error, String tag, int position, int element, int component,
		@Nullable String reference, @Nullable String value) {

	Finding at(int newPosition) {
		return new Finding(error, tag, newPosition, element, component, reference, value);
	}

	public boolean in(String segmentTag, int elementPosition) {
		return tag.equals(segmentTag) && element == elementPosition;
	}

	public String describe() {
		String where = "segment " + position + " (" + tag + ")" + (element > 0 ? ", element " + element : "")
				+ (component > 0 ? ", component " + component : "");
		String what = error.name().toLowerCase().replace('_', ' ');
		return where + ": " + what + (value == null || value.isEmpty() ? "" : " '" + value + "'");
	}
}

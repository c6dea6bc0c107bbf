package org.distributionhub.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for control characters in a text value (U+0000 to U+001F, the C0 set): NUL and the others mean
 * nothing in a value and PostgreSQL refuses NUL in text, so every intake refuses them and names the field. A tab,
 * line feed or carriage return may stand in free text (JSON strings, CSV cells, YAML scalars), where the format
 * quotes or escapes it; an EDI element value takes none, as its delimiters are the only controls in the message.
 */
public final class ControlCharacters {

	/** Which controls a kind of value may carry. */
	public enum Kind {

		/** Free text in JSON, CSV or YAML: tab, line feed and carriage return allowed, no other control. */
		TEXT,

		/** An X12 or EDIFACT element value: no control character at all. */
		ELEMENT
	}

	private ControlCharacters() {
	}

	/** The index of the first control character the value may not carry, or -1. */
	public static int find(CharSequence value, Kind kind) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && (kind == Kind.ELEMENT || (c != '\t' && c != '\n' && c != '\r'))) {
				return i;
			}
		}
		return -1;
	}

	/** Null if the value carries no control character it may not, else what is wrong, naming the first one. */
	public static @Nullable String problem(@Nullable CharSequence value, Kind kind) {
		if (value == null) {
			return null;
		}
		int at = find(value, kind);
		if (at < 0) {
			return null;
		}
		return "must not contain the control character U+"
				+ String.format(Locale.ROOT, "%04X", (int) value.charAt(at)) + " (at character " + (at + 1) + ")";
	}

	/**
	 * The value with each control character free text may not carry shown as its Unicode control picture (NUL as
	 * U+2400 and so on): for what the hub writes about a partner's message (summaries, reasons), which quote what was
	 * sent and must be storable and readable.
	 */
	public static String visible(String value) {
		if (find(value, Kind.TEXT) < 0) {
			return value;
		}
		var out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? (char) (0x2400 + c) : c);
		}
		return out.toString();
	}
}

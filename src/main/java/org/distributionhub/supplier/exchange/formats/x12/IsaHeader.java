package org.distributionhub.supplier.exchange.formats.x12;

import java.util.Set;

import org.distributionhub.supplier.exchange.formats.edi.EdiText;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

/**
 * Finds the ISA and makes sure it is fixed width, as StAEDI requires: the element separator is the character
 * after "ISA", the component separator is ISA16 and the segment terminator the character after it. An ISA whose
 * elements were not padded is rebuilt to the fixed widths when every element fits; otherwise it is refused.
 */
final class IsaHeader {

	private static final int LENGTH = 106;
	private static final int[] WIDTHS = { 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1 };
	private static final Set<Integer> SEPARATORS = Set.of(3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101,
			103);

	/** The interchange text starting at a fixed-width ISA, or why it cannot be read. */
	record Prepared(@Nullable String text, @Nullable SyntaxProblem refusal) {
	}

	private IsaHeader() {
	}

	static Prepared prepare(String content) {
		int start = EdiText.firstNonBlank(content);
		String text = content.substring(start);
		if (text.isEmpty()) {
			return refuse("The message is empty");
		}
		if (!text.startsWith("ISA") || text.length() < 4) {
			return refuse("The message does not start with an ISA segment, so it is not an X12 interchange");
		}
		char separator = text.charAt(3);
		if (Character.isLetterOrDigit(separator) || Character.isWhitespace(separator)) {
			return refuse("The ISA element separator must be a special character, found '" + separator + "'");
		}
		if (fixedWidth(text, separator)) {
			char terminator = text.charAt(LENGTH - 1);
			return Character.isLetterOrDigit(terminator) ? refuse("No segment terminator follows ISA16")
					: new Prepared(text, null);
		}
		return normalise(text, separator);
	}

	private static boolean fixedWidth(String text, char separator) {
		if (text.length() < LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH - 2; i++) {
			if ((text.charAt(i) == separator) != SEPARATORS.contains(i)) {
				return false;
			}
		}
		return true;
	}

	private static Prepared normalise(String text, char separator) {
		StringBuilder isa = new StringBuilder("ISA").append(separator);
		int index = 4;
		for (int element = 1; element <= WIDTHS.length; element++) {
			int next = text.indexOf(separator, index);
			String raw = next < 0 ? text.substring(index) : text.substring(index, next);
			if (next < 0 || raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0) {
				return refuse("The ISA ends after " + element + " elements; it needs 16 and cannot be normalised");
			}
			String fitted = IsaElement.fit(element, raw);
			if (fitted == null) {
				return refuse(element, "The ISA is not fixed width and ISA" + twoDigits(element) + " '" + raw
						+ "' " + IsaElement.rule(element) + ", so it cannot be normalised");
			}
			isa.append(fitted).append(separator);
			index = next + 1;
		}
		if (index + 1 >= text.length()) {
			return refuse("The ISA has no component separator (ISA16) followed by a segment terminator");
		}
		char component = text.charAt(index);
		char terminator = text.charAt(index + 1);
		if (terminator == separator) {
			return refuse(16, "The ISA has more than 16 elements, or ISA16 is longer than one character, so where it"
					+ " ends is ambiguous");
		}
		if (Character.isLetterOrDigit(component) || Character.isWhitespace(component) || component == separator) {
			return refuse(16, "ISA16 '" + component + "' cannot be a component separator");
		}
		if (Character.isLetterOrDigit(terminator) || terminator == ' ') {
			return refuse(16, "ISA16 is followed by '" + terminator + "', not by a segment terminator");
		}
		isa.append(component).append(terminator);
		return new Prepared(isa + text.substring(index + 2), null);
	}

	private static String twoDigits(int element) {
		return element < 10 ? "0" + element : String.valueOf(element);
	}

	private static Prepared refuse(String message) {
		return new Prepared(null, new SyntaxProblem("segment 1 (ISA)", message));
	}

	private static Prepared refuse(int element, String message) {
		return new Prepared(null, new SyntaxProblem("segment 1 (ISA), element " + element, message));
	}

	/** The fixed width of each ISA element and how a value that was not padded is fitted to it. */
	private static final class IsaElement {

		private IsaElement() {
		}

		static @Nullable String fit(int element, String raw) {
			int width = WIDTHS[element - 1];
			String value = element == 11 && raw.length() == 1 ? raw : raw.strip();
			return switch (element) {
				case 9, 10, 12 -> value.matches("\\d{" + width + "}") ? value : null;
				case 13 -> value.matches("\\d{1,9}") ? "0".repeat(width - value.length()) + value : null;
				case 1, 3, 5, 7, 11, 14, 15 -> value.length() == width ? value : null;
				default -> value.length() <= width ? value + " ".repeat(width - value.length()) : null;
			};
		}

		static String rule(int element) {
			int width = WIDTHS[element - 1];
			return switch (element) {
				case 9, 10, 12 -> "must be exactly " + width + " digits";
				case 13 -> "must be a number of at most 9 digits";
				case 1, 3, 5, 7, 11, 14, 15 -> "must be exactly " + width + " character" + (width == 1 ? "" : "s");
				default -> "is longer than its fixed " + width + " characters";
			};
		}
	}
}

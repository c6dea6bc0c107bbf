package org.distributionhub.supplier.exchange.formats.json;

import java.util.regex.Pattern;

import org.distributionhub.shared.ControlCharacters;
import org.distributionhub.shared.ControlCharacters.Kind;
import org.jspecify.annotations.Nullable;

/** What a string field must look like: a length limit and a pattern, described the way a partner reads it. */
record TextRule(int maxLength, Pattern pattern, String description) {

	static final TextRule ANY = new TextRule(200, Pattern.compile("(?s).*"), "any text");

	/** Purchase order numbers, acknowledgement ids, product identifiers: printable ASCII, no outer spaces. */
	static final TextRule IDENTIFIER = new TextRule(64, Pattern.compile("[!-~]([ -~]*[!-~])?"),
			"printable ASCII characters without leading or trailing spaces");

	static final TextRule LINE_NUMBER = new TextRule(20, Pattern.compile("[A-Za-z0-9._/-]+"),
			"letters, digits, '.', '_', '/' or '-'");

	static final TextRule GTIN = new TextRule(14, Pattern.compile("\\d{8}|\\d{12,14}"),
			"a GTIN of 8, 12, 13 or 14 digits");

	static final TextRule UNIT = new TextRule(3, Pattern.compile("[A-Z0-9]{2,3}"),
			"an X12 unit of measure code of 2 or 3 capitals or digits, such as EA or CA");

	static final TextRule CURRENCY = new TextRule(3, Pattern.compile("[A-Z]{3}"),
			"an ISO 4217 currency code of 3 capitals, such as EUR");

	/** Null if the text follows the rule, else what is wrong with it. */
	@Nullable String check(String text) {
		if (text.isEmpty()) {
			return "must not be empty";
		}
		String control = ControlCharacters.problem(text, Kind.TEXT);
		if (control != null) {
			return control;
		}
		if (text.length() > maxLength) {
			return "is " + text.length() + " characters long, at most " + maxLength + " are allowed";
		}
		if (!pattern.matcher(text).matches()) {
			return "must be " + description + ", not '" + clip(text) + "'";
		}
		return null;
	}

	/** A partner's value shortened for a problem message. */
	static String clip(String text) {
		String printable = text.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= 40 ? printable : printable.substring(0, 39) + "…";
	}
}

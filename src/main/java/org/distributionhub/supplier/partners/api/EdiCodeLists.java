package org.distributionhub.supplier.partners.api;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standards' code lists an EDI identity and envelope are checked against, shared by the profile checks and the
 * writers so that what a profile accepts can be sent to: X12 interchange id qualifiers (ISA05/ISA07, element I05),
 * EDIFACT partner identification code qualifiers (UNB S002/S003 0007, syntax 4 service code list, with 31B the
 * book trade's SAN), EDIFACT syntax identifiers (0001, UNOA to UNOY) and versions (0002), X12 versions (ISA12, GS08).
 */
public final class EdiCodeLists {

	/** X12 I05 Interchange ID Qualifier. */
	public static final Set<String> X12_ID_QUALIFIERS = Set.of("01", "02", "03", "04", "07", "08", "09", "10", "11",
			"12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29",
			"30", "31", "32", "33", "34", "35", "36", "37", "38", "AM", "NR", "SA", "SN", "ZZ");

	/** EDIFACT 0007 Identification code qualifier (service code list of ISO 9735 syntax version 4). */
	public static final Set<String> EDIFACT_ID_QUALIFIERS = Set.of("1", "4", "5", "8", "9", "12", "14", "18", "22",
			"30", "31", "31B", "33", "34", "51", "52", "53", "54", "55", "57", "58", "59", "61", "63", "65", "80", "82",
			"84", "85", "86", "87", "89", "90", "91", "92", "103", "128", "129", "144", "145", "146", "147", "148", "500",
			"501", "502", "503", "504", "505", "506", "ZZZ");

	/**
	 * Qualifiers outside 0007 that EDIFACT partners' own guides use and the hub takes: {@code ZZ}, mutually defined
	 * as in X12 (the standard's own is {@code ZZZ}).
	 */
	public static final Set<String> EDIFACT_ID_QUALIFIERS_IN_USE = Set.of("ZZ");

	/** EDIFACT 0001 Syntax identifier: the character repertoires UNOA to UNOY. */
	public static final Set<String> EDIFACT_SYNTAX_IDENTIFIERS = Set.of("UNOA", "UNOB", "UNOC", "UNOD", "UNOE",
			"UNOF", "UNOG", "UNOH", "UNOI", "UNOJ", "UNOK", "UNOL", "UNOW", "UNOX", "UNOY");

	/** EDIFACT 0002 Syntax version number. */
	public static final Set<String> EDIFACT_SYNTAX_VERSIONS = Set.of("1", "2", "3", "4");

	/** The longest X12 interchange id (ISA06/ISA08) and application code (GS02/GS03). */
	public static final int X12_ID_LENGTH = 15;

	/** The longest EDIFACT interchange sender or recipient id (0004/0010). */
	public static final int EDIFACT_ID_LENGTH = 35;

	/**
	 * The characters of an id the hub writes into an envelope: printable ASCII, in X12 without the separators it
	 * writes ({@code *} between elements, {@code >} between components, {@code ~} after segments).
	 */
	private static final Pattern X12_TEXT = Pattern.compile("[\\x20-\\x7E&&[^*>~]]+");

	private static final Pattern EDIFACT_TEXT = Pattern.compile("[\\x20-\\x7E]+");

	/** ISA12 interchange control version 00200 to 00801 and GS08 version, release 002001 to 008010 (with any suffix). */
	private static final Pattern X12_INTERCHANGE_VERSION = Pattern.compile("00[2-8][0-9]{2}");

	private static final Pattern X12_GROUP_VERSION = Pattern.compile("(00[2-8][0-9]{3})[0-9A-Z]{0,6}");

	private EdiCodeLists() {
	}

	public static boolean isX12Qualifier(String value) {
		return X12_ID_QUALIFIERS.contains(value);
	}

	/** Whether a UNB qualifier is a 0007 code or one of {@link #EDIFACT_ID_QUALIFIERS_IN_USE}. */
	public static boolean isEdifactQualifier(String value) {
		return EDIFACT_ID_QUALIFIERS.contains(value) || EDIFACT_ID_QUALIFIERS_IN_USE.contains(value);
	}

	/** Whether an X12 interchange id or application code is 1 to 15 characters the hub can write. */
	public static boolean isX12Id(String value) {
		return value.length() <= X12_ID_LENGTH && X12_TEXT.matcher(value).matches();
	}

	/** Whether an EDIFACT interchange id is 1 to 35 printable ASCII characters (the writer escapes separators). */
	public static boolean isEdifactId(String value) {
		return value.length() <= EDIFACT_ID_LENGTH && EDIFACT_TEXT.matcher(value).matches();
	}

	public static boolean isEdifactSyntax(String identifier, String version) {
		return EDIFACT_SYNTAX_IDENTIFIERS.contains(identifier) && EDIFACT_SYNTAX_VERSIONS.contains(version);
	}

	/** ISA12, such as 00401 (002001 to 008010 as the standard's versions go). */
	public static boolean isX12InterchangeVersion(String value) {
		return X12_INTERCHANGE_VERSION.matcher(value).matches() && value.compareTo("00200") >= 0
				&& value.compareTo("00801") <= 0;
	}

	/** GS08, such as 004010 or 005010X222A1: version and release 002001 to 008010, then an industry suffix. */
	public static boolean isX12GroupVersion(String value) {
		var matcher = X12_GROUP_VERSION.matcher(value);
		return matcher.matches() && matcher.group(1).compareTo("002001") >= 0
				&& matcher.group(1).compareTo("008010") <= 0;
	}

	/** A list's codes in a stable order for messages: numbers by value, then the others. */
	public static List<String> sorted(Set<String> codes) {
		return codes.stream().sorted(Comparator.comparing(EdiCodeLists::numberOrMax).thenComparing(it -> it)).toList();
	}

	private static int numberOrMax(String code) {
		return code.chars().allMatch(Character::isDigit) ? Integer.parseInt(code) : Integer.MAX_VALUE;
	}
}

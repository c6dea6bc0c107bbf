package org.distributionhub.supplier.exchange.formats.edifact;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.distributionhub.shared.DecimalLimit;
import org.jspecify.annotations.Nullable;

/**
 * EDIFACT values: numbers with either decimal mark, dates and times by their format code (2379: 101, 102, 201,
 * 203, 204), and item number types (7143) as the nearest X12 qualifier.
 */
final class EdifactValues {

	private static final Map<String, String> ITEM_TYPES = Map.of("SRV", "EN", "EN", "EN", "UP", "UP", "SA", "VP", "VP",
			"VP", "VN", "VN", "BP", "BP", "IN", "IN", "MF", "MG", "IB", "IB");

	private EdifactValues() {
	}

	static @Nullable BigDecimal number(String value) {
		String normal = value.strip().replace(',', '.');
		return normal.matches("-?(\\d+\\.?\\d*|\\.\\d+)") ? new BigDecimal(normal) : null;
	}

	/**
	 * Null if the number fits what the hub stores ({@link DecimalLimit}: a quantity, data element 6060, or an amount
	 * or price), else what is wrong with it.
	 */
	static @Nullable String limitProblem(BigDecimal number, String reference) {
		return ("6060".equals(reference) ? DecimalLimit.QUANTITY : DecimalLimit.AMOUNT).problem(number);
	}

	static @Nullable LocalDateTime dateTime(String value, String format) {
		String digits = value.strip();
		String code = format.isBlank() ? (digits.length() == 12 ? "203" : digits.length() == 6 ? "101" : "102")
				: format.strip();
		try {
			return switch (code) {
				case "102" -> digits.matches("\\d{8}") ? date(digits).atStartOfDay() : null;
				case "101" -> digits.matches("\\d{6}") ? date("20" + digits).atStartOfDay() : null;
				case "203", "204" -> digits.matches(code.equals("203") ? "\\d{12}" : "\\d{14}")
						? date(digits.substring(0, 8)).atTime(time(digits.substring(8))) : null;
				case "201" -> digits.matches("\\d{10}") ? date("20" + digits.substring(0, 6))
						.atTime(time(digits.substring(6))) : null;
				default -> null;
			};
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	static String itemQualifier(String type) {
		return ITEM_TYPES.getOrDefault(type.strip(), type.strip());
	}

	/**
	 * The qualifier of an item number with its type (7143) and code list agency (3055): without a type, an agency
	 * of 9 (GS1) says it is a GTIN; otherwise the type is left blank and the look-up tries every kind of id.
	 */
	static String itemQualifier(String type, String agency) {
		return type.isBlank() && agency.strip().equals("9") ? "EN" : itemQualifier(type);
	}

	/** An EDIFACT date qualifier (2005) as the X12 374 code with the same meaning: 2 as 002, 67 as 067. */
	static String dateQualifier(String qualifier) {
		String code = qualifier.strip();
		return code.length() < 3 && code.matches("\\d+") ? "0".repeat(3 - code.length()) + code : code;
	}

	private static LocalDate date(String digits) {
		return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
				Integer.parseInt(digits.substring(6, 8)));
	}

	private static LocalTime time(String digits) {
		int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
		return LocalTime.of(Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2, 4)),
				seconds);
	}
}

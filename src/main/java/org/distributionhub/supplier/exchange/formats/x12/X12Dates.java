package org.distributionhub.supplier.exchange.formats.x12;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** X12 dates (CCYYMMDD, or YYMMDD before 004010) and times (HHMM, HHMMSS with optional decimal seconds). */
final class X12Dates {

	private static final int CENTURY_PIVOT = 70;

	private X12Dates() {
	}

	static @Nullable LocalDate date(String value) {
		try {
			if (value.matches("\\d{8}")) {
				return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
						Integer.parseInt(value.substring(6, 8)));
			}
			if (value.matches("\\d{6}")) {
				int year = Integer.parseInt(value.substring(0, 2));
				return LocalDate.of(year < CENTURY_PIVOT ? 2000 + year : 1900 + year,
						Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(4, 6)));
			}
		}
		catch (DateTimeException e) {
			return null;
		}
		return null;
	}

	static @Nullable LocalTime time(String value) {
		try {
			if (value.matches("\\d{4}(\\d{2}\\d{0,2})?")) {
				int seconds = value.length() >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
				return LocalTime.of(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)),
						seconds);
			}
		}
		catch (DateTimeException e) {
			return null;
		}
		return null;
	}
}

package org.distributionhub.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Hours and weeks as SQL numbers that H2 and PostgreSQL compute alike, whatever the session's time zone: the hour
 * or the week (from Monday, UTC) since the epoch. A report groups by them and turns them back into instants here.
 */
public final class TimeBuckets {

	private static final long HOUR = 3600;
	private static final long WEEK = 7 * 24 * HOUR;
	/** 1970-01-01 was a Thursday: weeks counted from Monday 1970-01-05. */
	private static final long FIRST_MONDAY = 4 * 24 * HOUR;

	private TimeBuckets() {
	}

	/** The SQL expression numbering the hour a timestamp column falls in. */
	public static String hourOf(String column) {
		return "CAST(FLOOR(EXTRACT(EPOCH FROM " + column + ") / " + HOUR + ") AS BIGINT)";
	}

	/** The SQL expression numbering the week (from Monday, UTC) a timestamp column falls in. */
	public static String weekOf(String column) {
		return "CAST(FLOOR((EXTRACT(EPOCH FROM " + column + ") - " + FIRST_MONDAY + ") / " + WEEK + ") AS BIGINT)";
	}

	public static Instant hour(long number) {
		return Instant.ofEpochSecond(number * HOUR);
	}

	public static LocalDate week(long number) {
		return LocalDate.ofInstant(Instant.ofEpochSecond(number * WEEK + FIRST_MONDAY), ZoneOffset.UTC);
	}

	/** The Monday (UTC) of the week an instant falls in, as an instant. */
	public static Instant weekStart(Instant at) {
		return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond() - FIRST_MONDAY, WEEK) * WEEK + FIRST_MONDAY);
	}
}

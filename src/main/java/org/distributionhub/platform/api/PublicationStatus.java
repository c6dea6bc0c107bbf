package org.distributionhub.platform.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a publication of an event to one listener stands, as an auditor reads it; WAITING: its listener waits for a
 * prerequisite, it is tried again without using up attempts (docs/adr/0024).
 */
public enum PublicationStatus {
	PUBLISHED, PROCESSING, RESUBMITTED, FAILED, WAITING, COMPLETED, DEAD_LETTERED;

	public static PublicationStatus parse(String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown status '" + value + "'; one of "
					+ Arrays.toString(values()));
		}
	}
}

package org.distributionhub.supplier.partners.application;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** Durations as admins write them: 90m, 48h, 2d or ISO-8601 (PT48H); written back in days from three days on. */
final class DurationText {

	private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([mhd])", Pattern.CASE_INSENSITIVE);

	private DurationText() {
	}

	/** The duration a text names; a DateTimeParseException for anything else. */
	static Duration parse(String value) {
		var shortForm = SHORT.matcher(value.strip());
		if (!shortForm.matches()) {
			return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
		}
		long amount = Long.parseLong(shortForm.group(1));
		return switch (shortForm.group(2).toLowerCase(Locale.ROOT)) {
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofDays(amount);
		};
	}

	static String format(Duration duration) {
		if (duration.toSeconds() % 86_400 == 0 && duration.toDays() >= 3) {
			return duration.toDays() + "d";
		}
		if (duration.toSeconds() % 3_600 == 0) {
			return duration.toHours() + "h";
		}
		return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + "m" : duration.toString();
	}
}

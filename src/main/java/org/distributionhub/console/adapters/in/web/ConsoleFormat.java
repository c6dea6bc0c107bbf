package org.distributionhub.console.adapters.in.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the console's views show times (UTC, which the browser's script turns into the viewer's zone), class names, ids
 * and payloads; templates call it as @consoleFormat.
 */
@Component("consoleFormat")
class ConsoleFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final JsonMapper json = JsonMapper.shared();

	public String time(@Nullable Instant instant) {
		return instant == null ? "—" : TIME.format(instant);
	}

	/** The instant for a time element's datetime: ISO-8601 UTC to the second, as 2026-01-31T14:30:00Z. */
	public String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** How long ago {@code since} was at {@code now}, as people read it: 45 s, 12 min, 3 h 20 min, 2 d 4 h. */
	public String age(@Nullable Instant since, Instant now) {
		return since == null ? "—" : ErpPostingsController.age(Duration.between(since, now));
	}

	/** A class name without its package, as people say it. */
	public String shortType(@Nullable String type) {
		return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
	}

	public String shortId(UUID id) {
		return id.toString().substring(0, 8);
	}

	public String clip(@Nullable String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/** The payload indented for reading; a payload that is not JSON is shown as it is. */
	public String prettyJson(String payload) {
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(payload));
		}
		catch (JacksonException e) {
			return payload;
		}
	}
}

package org.distributionhub.console.adapters.in.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.distributionhub.platform.api.PublicationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/** Reads the console's filter parameters as typed, with messages that say what was expected. */
final class QueryParameters {

	private QueryParameters() {
	}

	static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static @Nullable PublicationStatus status(@Nullable String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return PublicationStatus.parse(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFilterException(e.getMessage());
		}
	}

	/** A datetime-local value ("2026-01-31T14:30" or with seconds), read as UTC. */
	static @Nullable Instant utc(String label, @Nullable String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			throw new InvalidFilterException("'" + label + "' must be a date and time in UTC like 2026-01-31T14:30, not '"
					+ value.strip() + "'");
		}
	}

	static int page(@Nullable String value) {
		if (isBlank(value)) {
			return 0;
		}
		try {
			int page = Integer.parseInt(value.strip());
			if (page >= 0) {
				return page;
			}
		}
		catch (NumberFormatException e) {
			// falls through to the message below
		}
		throw new InvalidFilterException("'page' must be a whole number from 0, not '" + value.strip() + "'");
	}

	/** The page asked for; a page that is not a number shows the first, answered as a 400 with the reason. */
	static int pageOrFirst(@Nullable String value, HttpServletResponse response, Model model) {
		try {
			return page(value);
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			return 0;
		}
	}

	/** Adds the parameter when it has a value, so links carry only the filters in use. */
	static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}
}

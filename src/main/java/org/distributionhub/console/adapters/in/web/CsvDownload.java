package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A console list as a CSV download named after the list and the time of the export (UTC). A list is written page by
 * page through its own paged query, so a large export never sits in memory; times are ISO-8601 UTC.
 */
final class CsvDownload {

	static final int BATCH = 500;

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private CsvDownload() {
	}

	/** Sets the download's headers and writes its header row. */
	static CsvWriter start(HttpServletResponse response, String name, Instant now, List<String> header)
			throws IOException {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(name + "-" + FILE_TIME.format(now) + ".csv")
			.build()
			.toString());
		var csv = new CsvWriter(response.getWriter());
		csv.row(header);
		return csv;
	}

	/**
	 * Writes every item the paged query finds, one page of {@link #BATCH} at a time, flushing each, until a page
	 * comes back short.
	 */
	static <T> void send(HttpServletResponse response, String name, Instant now, List<String> header,
			PagedQuery<T> query, Function<T, List<String>> row) throws IOException {
		var csv = start(response, name, now, header);
		for (int page = 0;; page++) {
			List<T> found = query.page(page, BATCH);
			found.forEach(item -> csv.row(row.apply(item)));
			response.getWriter().flush();
			if (found.size() < BATCH) {
				return;
			}
		}
	}

	static String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	/** One page of a list. */
	@FunctionalInterface
	interface PagedQuery<T> {

		List<T> page(int page, int size);
	}
}

package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;

import org.distributionhub.platform.api.FindEventLog;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/** Streams every entry the event log filter matches as a CSV download, row by row, never all in memory. */
@Controller
class EventLogExportController {

	private final FindEventLog log;
	private final Clock clock;

	EventLogExportController(FindEventLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/console/events.csv")
	void export(EventLogQuery query, HttpServletResponse response) throws IOException {
		var filter = query.toFilter();
		var csv = CsvDownload.start(response, "event-log", clock.instant(), EventLogCsv.HEADER);
		log.forEach(filter, entry -> csv.row(EventLogCsv.row(entry)));
		response.getWriter().flush();
	}
}

package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentArea;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The console home's incidents as CSV, ranked as shown, narrowed to one area when the page is. */
@Controller
class IncidentsExportController {

	static final List<String> HEADER = List.of("rank", "kind", "area", "business_key", "since", "customer_orders",
			"order_ids", "value", "currency", "earliest_promise_date", "summary", "link");

	private final FindIncidents incidents;
	private final Clock clock;

	IncidentsExportController(FindIncidents incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
	}

	@GetMapping("/console/incidents.csv")
	void incidents(@RequestParam(required = false) @Nullable String area, HttpServletResponse response)
			throws IOException {
		IncidentArea selected = IncidentsApiController.consoleArea(area);
		var csv = CsvDownload.start(response, "incidents", clock.instant(), HEADER);
		int rank = 0;
		for (Incident incident : incidents.current(selected)) {
			csv.row(row(++rank, incident));
		}
		response.getWriter().flush();
	}

	private static List<String> row(int rank, Incident incident) {
		var impact = incident.impact();
		return List.of(Integer.toString(rank), incident.kind().name(), incident.area().name(), incident.businessKey(),
				CsvDownload.iso(incident.since()), Long.toString(impact.orderCount()),
				String.join(" ", impact.customerOrders()), CsvDownload.text(impact.value()),
				CsvDownload.text(impact.currency()), CsvDownload.text(impact.earliestPromiseDate()),
				incident.summary(), incident.link());
	}
}

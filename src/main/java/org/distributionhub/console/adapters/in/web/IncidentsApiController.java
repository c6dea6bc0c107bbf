package org.distributionhub.console.adapters.in.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.distributionhub.console.ports.in.BusinessImpact;
import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentArea;
import org.distributionhub.platform.problems.InvalidParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** GET /api/v1/operations/incidents[?area=]: what needs a person, highest business impact first, then the oldest. */
@RestController
class IncidentsApiController {

	static final String PATH = "/api/v1/operations/incidents";

	private final FindIncidents incidents;

	IncidentsApiController(FindIncidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping(PATH)
	List<IncidentJson> incidents(@RequestParam(required = false) @Nullable String area) {
		return incidents.current(area(area)).stream().map(IncidentJson::of).toList();
	}

	static @Nullable IncidentArea area(@Nullable String area) {
		if (area == null || area.isBlank()) {
			return null;
		}
		return Arrays.stream(IncidentArea.values())
			.filter(it -> it.name().equalsIgnoreCase(area.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameter("area", "must be one of " + Arrays.toString(IncidentArea.values())));
	}

	/** The area a console page is narrowed to: an unknown one is a 400 error page saying which areas there are. */
	static @Nullable IncidentArea consoleArea(@Nullable String area) {
		try {
			return area(area);
		}
		catch (InvalidParameter e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The area " + e.getMessage());
		}
	}

	/** One incident as the API answers it. */
	record IncidentJson(String kind, String area, String businessKey, Instant since, String summary,
			BusinessImpact impact, String link) {

		static IncidentJson of(Incident incident) {
			return new IncidentJson(incident.kind().name(), incident.area().name(), incident.businessKey(),
					incident.since(), incident.summary(), incident.impact(), incident.link());
		}
	}
}

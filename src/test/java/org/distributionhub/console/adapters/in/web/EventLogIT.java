package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.distributionhub.console.Probes;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.FindEventLog;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The event log page, its htmx fragment and its CSV export over real publications on a real database. */
@SpringBootTest
@AutoConfigureMockMvc
class EventLogIT {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	FindEventLog log;

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filteringByPayloadTextNarrowsTheLogToTheOneEntry() throws Exception {
		String marker = "narrow-" + UUID.randomUUID();
		var probes = new Probes(sender, jdbc);
		var id = probes.completed(marker);
		probes.completed("other-" + UUID.randomUUID());

		mvc.perform(get("/console/events").param("text", marker).param("status", "completed").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("1–1 of 1"),
					containsString(id.toString()), containsString(marker), not(containsString("other-")),
					containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;"))));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/console/events").param("type", "ProbeSent").header("HX-Request", "true").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")),
					not(containsString("event-filter")))));
	}

	@Test
	void aMalformedTimeIsA400WithTheReasonOnThePageAndNoResults() throws Exception {
		mvc.perform(get("/console/events").param("from", "yesterday").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("<html"),
					containsString("must be a date and time in UTC like 2026-01-31T14:30, not &#39;yesterday&#39;"),
					not(containsString("<table")))));
		mvc.perform(get("/console/events").param("to", "2026-13-45T99:00").header("HX-Request", "true")
			.with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("&#39;To&#39; must be a date and time"),
					not(containsString("<html")))));
	}

	@Test
	void anUnknownStatusOrABackwardsRangeIsA400() throws Exception {
		mvc.perform(get("/console/events").param("status", "LOST").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Unknown status &#39;LOST&#39;")));
		mvc.perform(get("/console/events").param("from", "2026-02-01T00:00").param("to", "2026-01-01T00:00")
			.with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The time range starts after it ends")));
	}

	@Test
	void theCsvExportHoldsEveryMatchingEntryQuotedAsCsvWants() throws Exception {
		String marker = "csv-" + UUID.randomUUID();
		new Probes(sender, jdbc).completed(marker + ", a \"quoted\" word");
		var entry = log.find(new EventLogFilter(null, null, null, null, null, marker), 0, 10).items().get(0);

		var response = mvc.perform(get("/console/events.csv").param("text", marker).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"event-log-")))
			.andReturn()
			.getResponse();

		var lines = response.getContentAsString().split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).isEqualTo(
				"publication_id,event_type,listener,status,published_at,completed_at,attempts,payload,superseded");
		assertThat(lines[1]).startsWith(String.join(",", entry.publicationId().toString(), Probes.EVENT_TYPE,
				Probes.LISTENER, "COMPLETED", entry.publishedAt().toString(), entry.completedAt().toString(),
				Integer.toString(entry.attempts())) + ",\"{")
			.contains(marker + ", a \\\"\"quoted\\\"\" word")
			.endsWith("}\",");
	}

	@Test
	void aBadFilterOnTheExportIsAProblemDetail() throws Exception {
		mvc.perform(get("/console/events.csv").param("from", "soon").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid filter"))
			.andExpect(jsonPath("$.detail").value("'From' must be a date and time in UTC like 2026-01-31T14:30, not 'soon'"));
	}
}

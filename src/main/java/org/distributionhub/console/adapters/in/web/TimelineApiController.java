package org.distributionhub.console.adapters.in.web;

import java.time.Instant;
import java.util.List;

import org.distributionhub.console.ports.in.FindTimeline;
import org.distributionhub.console.ports.in.Timeline;
import org.distributionhub.platform.problems.InvalidParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/timeline?key=}: a business object's timeline as JSON, for any staff role: the key, what it was
 * recognised as, and every entry in time order with its console link.
 */
@RestController
class TimelineApiController {

	static final String PATH = "/api/v1/timeline";

	private final FindTimeline timelines;

	TimelineApiController(FindTimeline timelines) {
		this.timelines = timelines;
	}

	@GetMapping(PATH)
	TimelineJson timeline(@RequestParam(required = false) @Nullable String key) {
		return TimelineJson.of(timelines.of(TimelineController.validKey(key)));
	}

	/** The timeline as the API answers it. */
	record TimelineJson(String key, List<String> recognisedAs, List<EntryJson> entries, boolean truncated) {

		static TimelineJson of(Timeline timeline) {
			return new TimelineJson(timeline.key(), timeline.recognisedAs(), timeline.entries().stream()
				.map(entry -> new EntryJson(entry.at(), entry.kind(), entry.source(), entry.summary(), entry.link(),
						entry.correlationId()))
				.toList(), timeline.truncated());
		}
	}

	/** One entry; {@code correlationId} is left out when unknown. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record EntryJson(Instant at, String kind, String source, String summary, String link,
			@Nullable String correlationId) {
	}

	static InvalidParameter invalidKey() {
		return new InvalidParameter("key",
				"key names a PO number, an order id, a SKU, a partner message id, an interchange control number or "
						+ "a correlation id (1 to 200 characters)");
	}
}

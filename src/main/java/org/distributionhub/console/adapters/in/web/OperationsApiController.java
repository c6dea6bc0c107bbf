package org.distributionhub.console.adapters.in.web;

import java.time.Duration;
import java.util.List;

import org.distributionhub.console.ports.in.FindOperationsActivity;
import org.distributionhub.console.ports.in.FindOperationsActivity.BacklogPoint;
import org.distributionhub.console.ports.in.FindOperationsActivity.Throughput;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.InvalidParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chart data as JSON: traffic per hour, the backlog over time and the supplier scorecards. Other tools read it
 * under /api/v1/operations with HTTP basic (any staff role); the console's charts read the same under
 * /console/operations in the signed-in session.
 */
@RestController
class OperationsApiController {

	static final String API = "/api/v1/operations";
	static final String CONSOLE = "/console/operations";
	static final int DEFAULT_WEEKS = 12;

	private final FindOperationsActivity activity;

	OperationsApiController(FindOperationsActivity activity) {
		this.activity = activity;
	}

	@GetMapping({ API + "/throughput", CONSOLE + "/throughput.json" })
	Throughput throughput(@RequestParam(required = false) @Nullable String range) {
		return activity.throughput(Range.of(range).length());
	}

	@GetMapping({ API + "/backlog", CONSOLE + "/backlog.json" })
	BacklogJson backlog(@RequestParam(required = false) @Nullable String range) {
		Range chosen = Range.of(range);
		return new BacklogJson(chosen.label(), chosen.step().toSeconds(),
				activity.backlog(chosen.length(), chosen.step()));
	}

	@GetMapping({ API + "/scorecards", CONSOLE + "/scorecards.json" })
	List<ScorecardJson> scorecards(@RequestParam(required = false) @Nullable String weeks) {
		return activity.scorecards(weeks(weeks)).stream().map(ScorecardJson::of).toList();
	}

	@GetMapping({ API + "/scorecards/{supplierId}", CONSOLE + "/scorecards/{supplierId}.json" })
	ResponseEntity<?> scorecard(@PathVariable String supplierId, @RequestParam(required = false) @Nullable String weeks) {
		return activity.scorecard(supplierId, weeks(weeks))
			.<ResponseEntity<?>>map(card -> ResponseEntity.ok(ScorecardJson.of(card)))
			.orElseGet(() -> ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Supplier not found",
					"No supplier " + supplierId)));
	}

	static int weeks(@Nullable String weeks) {
		if (weeks == null || weeks.isBlank()) {
			return DEFAULT_WEEKS;
		}
		try {
			int value = Integer.parseInt(weeks.strip());
			if (value >= 1 && value <= 52) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw new InvalidParameter("weeks", "must be a whole number of weeks from 1 to 52");
	}

	/** The backlog samples of a range, at most one per step. */
	record BacklogJson(String range, long stepSeconds, List<BacklogPoint> samples) {
	}

	/** The chart ranges: the last day by the minute, the last week by the quarter hour. */
	enum Range {

		DAY("24h", Duration.ofHours(24), Duration.ofMinutes(1)), WEEK("7d", Duration.ofDays(7), Duration.ofMinutes(15));

		private final String label;
		private final Duration length;
		private final Duration step;

		Range(String label, Duration length, Duration step) {
			this.label = label;
			this.length = length;
			this.step = step;
		}

		static Range of(@Nullable String range) {
			if (range == null || range.isBlank()) {
				return DAY;
			}
			for (Range known : values()) {
				if (known.label.equals(range.strip())) {
					return known;
				}
			}
			throw new InvalidParameter("range", "must be 24h or 7d");
		}

		String label() {
			return label;
		}

		Duration length() {
			return length;
		}

		Duration step() {
			return step;
		}
	}
}

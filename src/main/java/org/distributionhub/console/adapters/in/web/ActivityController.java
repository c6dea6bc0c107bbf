package org.distributionhub.console.adapters.in.web;

import org.distributionhub.console.ports.in.FindOperationsActivity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Activity page: messages, events and ERP postings per hour and the backlog over the last day or week, drawn in
 * the browser from the operations JSON, and every supplier's scorecard over the last weeks.
 */
@Controller
class ActivityController {

	private final FindOperationsActivity activity;

	ActivityController(FindOperationsActivity activity) {
		this.activity = activity;
	}

	@GetMapping("/console/activity")
	String page(@RequestParam(required = false) @Nullable String range, Model model) {
		String chosen = "7d".equals(range) ? "7d" : "24h";
		model.addAttribute("range", chosen);
		model.addAttribute("weeks", OperationsApiController.DEFAULT_WEEKS);
		model.addAttribute("scorecards",
				activity.scorecards(OperationsApiController.DEFAULT_WEEKS).stream().map(ScorecardView::of).toList());
		return "console/activity";
	}
}

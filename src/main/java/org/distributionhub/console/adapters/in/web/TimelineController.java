package org.distributionhub.console.adapters.in.web;

import org.distributionhub.console.ports.in.FindTimeline;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The console's timeline page, where the search box of every page leads: one business object's story. */
@Controller
class TimelineController {

	private final FindTimeline timelines;

	TimelineController(FindTimeline timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/console/timeline")
	String timeline(@RequestParam(required = false) @Nullable String key, HttpServletResponse response, Model model) {
		model.addAttribute("searchKey", key == null ? "" : key.strip());
		if (key != null && !key.isBlank()) {
			try {
				model.addAttribute("timeline", timelines.of(validKey(key)));
			}
			catch (org.distributionhub.platform.problems.InvalidParameter e) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("error", e.getMessage());
			}
		}
		return "console/timeline";
	}

	static String validKey(@Nullable String key) {
		if (key == null || key.isBlank() || key.strip().length() > 200) {
			throw TimelineApiController.invalidKey();
		}
		return key.strip();
	}
}

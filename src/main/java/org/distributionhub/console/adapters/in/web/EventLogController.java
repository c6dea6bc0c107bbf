package org.distributionhub.console.adapters.in.web;

import org.distributionhub.platform.api.FindEventLog;
import org.distributionhub.platform.api.PublicationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The event log, filtered and paged; an htmx request gets only the results, a bad filter a 400 with the reason. */
@Controller
class EventLogController {

	static final int PAGE_SIZE = 50;

	private final FindEventLog log;

	EventLogController(FindEventLog log) {
		this.log = log;
	}

	@GetMapping("/console/events")
	String events(EventLogQuery query, HttpServletRequest request, HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/events");
		model.addAttribute("query", query);
		model.addAttribute("statuses", PublicationStatus.values());
		try {
			var filter = query.toFilter();
			int page = query.pageNumber();
			model.addAttribute("page", log.find(filter, page, PAGE_SIZE));
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		return view;
	}
}

package org.distributionhub.console.alerting.adapters.in.web;

import org.distributionhub.console.alerting.ports.in.FindAlerts;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The alerts page: open alerts and the whole history newest first, each paged, with every notification's outcome. */
@Controller
class AlertsController {

	static final int PAGE_SIZE = 25;

	private final FindAlerts alerts;

	AlertsController(FindAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/console/alerts")
	String alerts(@RequestParam(defaultValue = "0") int open, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("open", alerts.find(true, Math.max(0, open), PAGE_SIZE));
		model.addAttribute("history", alerts.find(false, Math.max(0, page), PAGE_SIZE));
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		boolean fragment = "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
		return fragment ? "console/alerts :: results" : "console/alerts";
	}
}

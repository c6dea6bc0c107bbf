package org.distributionhub.console.adapters.in.web;

import org.distributionhub.platform.api.AdminAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The admin audit trail, newest first: who did what to which target, why, and how it ended; htmx pages through it. */
@Controller
class AuditTrailController {

	static final int PAGE_SIZE = 50;

	private final AdminAudit audit;

	AuditTrailController(AdminAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/console/audit")
	String audit(@RequestParam(required = false) @Nullable String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/audit");
		try {
			model.addAttribute("page", audit.find(QueryParameters.page(page), PAGE_SIZE));
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		return view;
	}
}

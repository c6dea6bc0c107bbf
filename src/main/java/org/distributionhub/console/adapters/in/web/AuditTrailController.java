package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.FindAuditEntries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin audit trail, newest first: who did what to which target, why, and how it ended; filtered by actor, action,
 * time range and text in the reason or target, paged by htmx, and the whole filtered trail as a CSV download.
 */
@Controller
class AuditTrailController {

	static final int PAGE_SIZE = 50;

	static final List<String> CSV_HEADER = List.of("id", "occurred_at", "actor", "action", "target", "reason",
			"outcome");

	private final FindAuditEntries audit;
	private final Clock clock;

	AuditTrailController(FindAuditEntries audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/console/audit")
	String audit(AuditQuery query, HttpServletRequest request, HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/audit");
		model.addAttribute("query", query);
		model.addAttribute("actions", audit.actions());
		try {
			model.addAttribute("page", audit.find(query.toFilter(), query.pageNumber(), PAGE_SIZE));
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		return view;
	}

	@GetMapping("/console/audit.csv")
	void export(AuditQuery query, HttpServletResponse response) throws IOException {
		var filter = query.toFilter();
		CsvDownload.send(response, "audit-trail", clock.instant(), CSV_HEADER,
				(page, size) -> audit.find(filter, page, size).items(), AuditTrailController::row);
	}

	private static List<String> row(AdminAuditEntryView entry) {
		return List.of(Long.toString(entry.id()), CsvDownload.iso(entry.occurredAt()), entry.actor(), entry.action(),
				entry.target(), entry.reason(), entry.outcome());
	}
}

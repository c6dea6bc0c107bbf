package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.distributionhub.supplier.api.FindOverdueAcknowledgements;
import org.distributionhub.supplier.api.FindOverdueAcknowledgements.OverdueView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Purchase orders past their acknowledgement due time, oldest due first, a page at a time and as a CSV download. */
@Controller
class OverdueController {

	static final int PAGE_SIZE = 50;

	static final List<String> CSV_HEADER = List.of("supplier", "po_number", "revision", "due_at", "reported",
			"functional_ack");

	private final FindOverdueAcknowledgements overdue;
	private final Clock clock;

	OverdueController(FindOverdueAcknowledgements overdue, Clock clock) {
		this.overdue = overdue;
		this.clock = clock;
	}

	@GetMapping("/console/overdue")
	String overdue(@RequestParam(required = false) @Nullable String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/overdue");
		int number = QueryParameters.pageOrFirst(page, response, model);
		model.addAttribute("page", overdue.overdue(number, PAGE_SIZE));
		return view;
	}

	@GetMapping("/console/overdue.csv")
	void export(HttpServletResponse response) throws IOException {
		CsvDownload.send(response, "overdue-acknowledgements", clock.instant(), CSV_HEADER,
				(page, size) -> overdue.overdue(page, size).items(), OverdueController::row);
	}

	private static List<String> row(OverdueView o) {
		return List.of(o.supplierId(), o.poNumber(), Integer.toString(o.revision()), CsvDownload.iso(o.dueAt()),
				Boolean.toString(o.reported()), CsvDownload.text(o.functionalAckStatus()));
	}
}

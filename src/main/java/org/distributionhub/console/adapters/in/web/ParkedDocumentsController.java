package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.FindPartnerMessages.ParkedView;
import org.distributionhub.supplier.api.ReplayParkedDocuments;
import org.distributionhub.supplier.api.ReplayParkedDocuments.ReplayResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Documents parked as mapping exceptions, open ones or all, a page at a time and as a CSV download; their replay
 * needs a reason, which the Supplier module audits. Only ADMIN and OPERATOR reach the replay.
 */
@Controller
class ParkedDocumentsController {

	static final int PAGE_SIZE = 50;

	static final List<String> CSV_HEADER = List.of("id", "parked_at", "supplier", "po_number", "message_id",
			"document_index", "reason", "status", "replays", "resolved_at", "outcome");

	private final FindPartnerMessages messages;
	private final ReplayParkedDocuments replay;
	private final Clock clock;

	ParkedDocumentsController(FindPartnerMessages messages, ReplayParkedDocuments replay, Clock clock) {
		this.messages = messages;
		this.replay = replay;
		this.clock = clock;
	}

	@GetMapping("/console/parked")
	String parked(@RequestParam(defaultValue = "true") boolean openOnly,
			@RequestParam(required = false) @Nullable String supplier,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/parked");
		show(openOnly, supplier, page, response, model);
		return view;
	}

	private void show(boolean openOnly, @Nullable String supplier, @Nullable String page,
			HttpServletResponse response, Model model) {
		int number = QueryParameters.pageOrFirst(page, response, model);
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("supplier", supplier == null ? "" : supplier.strip());
		model.addAttribute("page", messages.parked(blank(supplier), openOnly, number, PAGE_SIZE));
		model.addAttribute("previousLink", link("/console/parked", openOnly, supplier, number - 1));
		model.addAttribute("nextLink", link("/console/parked", openOnly, supplier, number + 1));
		model.addAttribute("csvLink", link("/console/parked.csv", openOnly, supplier, 0));
	}

	@GetMapping("/console/parked.csv")
	void export(@RequestParam(defaultValue = "true") boolean openOnly,
			@RequestParam(required = false) @Nullable String supplier, HttpServletResponse response)
			throws IOException {
		CsvDownload.send(response, "parked-documents", clock.instant(), CSV_HEADER,
				(page, size) -> messages.parked(blank(supplier), openOnly, page, size).items(), ParkedDocumentsController::row);
	}

	@PostMapping("/console/parked/{id}/replay")
	String replay(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			Authentication user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "A replay needs a reason for the audit trail");
			show(true, null, null, response, model);
			return "console/parked";
		}
		ReplayResult result = replay.replay(id, reason.strip(), user.getName());
		redirect.addFlashAttribute("notice", "Replay " + result.outcome() + ": " + result.explanation());
		return "redirect:/console/parked";
	}

	private static List<String> row(ParkedView p) {
		return List.of(p.id().toString(), CsvDownload.iso(p.parkedAt()), p.supplierId(), CsvDownload.text(p.poNumber()),
				p.messageId().toString(), Integer.toString(p.documentIndex()), p.reason(), p.status().name(),
				Integer.toString(p.replays()), CsvDownload.iso(p.resolvedAt()), CsvDownload.text(p.outcome()));
	}

	private static @Nullable String blank(@Nullable String supplier) {
		return supplier == null || supplier.isBlank() ? null : supplier.strip();
	}

	private static String link(String path, boolean openOnly, @Nullable String supplier, int page) {
		var uri = UriComponentsBuilder.fromPath(path).queryParam("openOnly", openOnly);
		QueryParameters.add(uri, "supplier", supplier);
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.build().encode().toUriString();
	}
}

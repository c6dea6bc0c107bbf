package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.problems.InvalidParameter;
import org.distributionhub.supplier.api.FindAccruals;
import org.distributionhub.supplier.api.FindSupplierInvoices;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The supplier invoice pages: the list with its filters, one invoice with its lines beside PO, receipts and earlier
 * invoices, the held queue where an OPERATOR or ADMIN approves or rejects with a reason (then back to the queue with
 * what happened), and the accruals with their CSV download.
 */
@Controller
class SupplierInvoicesController {

	static final int LIMIT = 200;

	private final FindSupplierInvoices invoices;
	private final FindAccruals accruals;
	private final InvoiceDecisions decisions;
	private final Clock clock;

	SupplierInvoicesController(FindSupplierInvoices invoices, FindAccruals accruals, InvoiceDecisions decisions,
			Clock clock) {
		this.invoices = invoices;
		this.accruals = accruals;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping("/console/invoices")
	String list(@RequestParam(required = false) @Nullable String supplier,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			HttpServletResponse response, Model model) {
		model.addAttribute("supplier", supplier);
		model.addAttribute("status", status);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("statuses", InvoiceStatus.values());
		model.addAttribute("now", clock.instant());
		try {
			model.addAttribute("invoices", invoices.invoices(InvoiceFilters.of(supplier, status, from, to, LIMIT)));
		}
		catch (InvalidParameter e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "The " + e.name() + " filter is wrong: " + e.getMessage());
			model.addAttribute("invoices", List.of());
		}
		return "console/invoices";
	}

	@GetMapping("/console/invoices/held")
	String held(Model model) {
		model.addAttribute("invoices", invoices.held(LIMIT));
		model.addAttribute("now", clock.instant());
		return "console/invoices-held";
	}

	@GetMapping("/console/invoices/{id}")
	String invoice(@PathVariable long id, Model model) {
		var invoice = invoices.invoice(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier invoice " + id));
		model.addAttribute("invoice", invoice);
		model.addAttribute("messageLink", messageLink(invoice.sourceMessageId()));
		model.addAttribute("now", clock.instant());
		return "console/invoice";
	}

	@PostMapping("/console/invoices/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			Authentication user, RedirectAttributes redirect) {
		return decided(decisions.take(id, true, reason, user), redirect);
	}

	@PostMapping("/console/invoices/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			Authentication user, RedirectAttributes redirect) {
		return decided(decisions.take(id, false, reason, user), redirect);
	}

	@GetMapping("/console/accruals")
	String accruals(@RequestParam(required = false) @Nullable String supplier, Model model) {
		model.addAttribute("supplier", supplier);
		model.addAttribute("accruals", accruals.accruals(InvoiceFilters.blank(supplier) ? null : supplier.strip()));
		model.addAttribute("now", clock.instant());
		return "console/accruals";
	}

	@GetMapping("/console/accruals.csv")
	void accrualsCsv(@RequestParam(required = false) @Nullable String supplier, HttpServletResponse response)
			throws IOException {
		var now = clock.instant();
		var csv = CsvDownload.start(response, "accruals", now, AccrualCsv.HEADER);
		AccrualCsv.rows(csv, accruals.accruals(InvoiceFilters.blank(supplier) ? null : supplier.strip()), now);
		response.getWriter().flush();
	}

	private static String decided(InvoiceDecisions.Decision decision, RedirectAttributes redirect) {
		redirect.addFlashAttribute(decision.outcome() == InvoiceDecisions.Outcome.DECIDED ? "notice" : "error",
				decision.message());
		return "redirect:/console/invoices/held";
	}

	/** The partner message page of the invoice's message, when it names one the console keeps. */
	private static @Nullable String messageLink(@Nullable String messageId) {
		if (messageId == null) {
			return null;
		}
		try {
			return "/console/partner-messages/" + UUID.fromString(messageId.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}

package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.distributionhub.supplier.api.RunDryRuns;
import org.distributionhub.supplier.api.RunDryRuns.DryRunCommand;
import org.distributionhub.supplier.api.SupplierDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An ADMIN tries a supplier's sample (uploaded or pasted) without changing live data: the report shows what was read,
 * how it mapped, each purchase order line before and after, the answers and the problems. A run redirects to its
 * kept report, so reloading the page runs nothing again.
 */
@Controller
class DryRunPageController {

	static final int HISTORY = 50;

	private final RunDryRuns dryRuns;
	private final SupplierDirectory suppliers;

	DryRunPageController(RunDryRuns dryRuns, SupplierDirectory suppliers) {
		this.dryRuns = dryRuns;
		this.suppliers = suppliers;
	}

	@GetMapping("/console/suppliers/{id}/dry-run")
	String page(@PathVariable String id, Model model) {
		model.addAttribute("supplier", suppliers.supplier(id, 0)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id)).summary());
		model.addAttribute("history", dryRuns.history(id, HISTORY));
		return "console/dry-run";
	}

	@GetMapping("/console/suppliers/{id}/dry-runs/{runId}")
	String report(@PathVariable String id, @PathVariable long runId, Model model) {
		model.addAttribute("report", dryRuns.report(id, runId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dry run " + runId)));
		return page(id, model);
	}

	@PostMapping("/console/suppliers/{id}/dry-run")
	String run(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String sample,
			@RequestParam(required = false) @Nullable String format, Authentication admin,
			RedirectAttributes redirect) throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		byte[] content = uploaded ? file.getBytes()
				: (sample == null ? "" : sample).getBytes(StandardCharsets.UTF_8);
		if (content.length == 0) {
			redirect.addFlashAttribute("error", "Upload a sample file or paste one.");
			return "redirect:/console/suppliers/" + id + "/dry-run";
		}
		try {
			var report = dryRuns.run(new DryRunCommand(id, format == null || format.isBlank() ? null : format,
					uploaded ? file.getContentType() : null, uploaded ? file.getOriginalFilename() : null, content,
					admin.getName()));
			redirect.addFlashAttribute("notice", "Dry run " + report.id() + ": nothing was kept as live data or sent.");
			return "redirect:/console/suppliers/" + id + "/dry-runs/" + report.id();
		}
		catch (RunDryRuns.UnknownSupplierForDryRun ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (RunDryRuns.UnknownDryRunFormat ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/console/suppliers/" + id + "/dry-run";
		}
	}
}

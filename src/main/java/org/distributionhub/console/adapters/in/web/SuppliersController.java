package org.distributionhub.console.adapters.in.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.console.ports.in.FindOperationsActivity;
import org.distributionhub.supplier.api.FindDryRunResults;
import org.distributionhub.supplier.api.SupplierDirectory;
import org.distributionhub.supplier.api.SupplierKeyCommands;
import org.distributionhub.supplier.api.SupplierProfileCommands;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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

/**
 * The suppliers: profiles, channels, API keys (never a secret, except a new key's once, on the page that issued
 * it), the start of each item cross-reference and the onboarding checklist. Only an ADMIN reaches the POST handlers
 * that issue and revoke keys.
 */
@Controller
class SuppliersController {

	static final int ITEM_ROWS = 100;

	private final SupplierDirectory suppliers;
	private final SupplierKeyCommands keys;
	private final FindOperationsActivity activity;
	private final SupplierProfileCommands profiles;
	private final FindDryRunResults dryRuns;

	SuppliersController(SupplierDirectory suppliers, SupplierKeyCommands keys, FindOperationsActivity activity,
			SupplierProfileCommands profiles, FindDryRunResults dryRuns) {
		this.suppliers = suppliers;
		this.keys = keys;
		this.activity = activity;
		this.profiles = profiles;
		this.dryRuns = dryRuns;
	}

	@GetMapping("/console/suppliers")
	String list(Model model) {
		model.addAttribute("suppliers", suppliers.suppliers());
		return "console/suppliers";
	}

	@GetMapping("/console/suppliers/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("supplier", suppliers.supplier(id, ITEM_ROWS)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id)));
		model.addAttribute("itemRows", ITEM_ROWS);
		profiles.onboarding(id).ifPresent(facts -> model.addAttribute("checklist",
				OnboardingChecklist.of(facts, dryRuns.latestPerDocumentType(id))));
		activity.scorecard(id, OperationsApiController.DEFAULT_WEEKS)
			.ifPresent(card -> model.addAttribute("scorecard", ScorecardView.of(card)));
		return "console/supplier";
	}

	/** Shows the new key on the answer itself, never cached and never kept in the session. */
	@PostMapping("/console/suppliers/{id}/api-keys")
	String issue(@PathVariable String id, @RequestParam(required = false) @Nullable String label, Authentication admin,
			HttpServletResponse response, Model model) {
		try {
			var issued = keys.issue(id, Objects.requireNonNullElse(label, ""), admin.getName());
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			model.addAttribute("issued", issued);
			model.addAttribute("notice", "Issued API key " + issued.keyId() + ". Copy it now: it is not shown again.");
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		return detail(id, model);
	}

	@PostMapping("/console/suppliers/{id}/api-keys/{keyId}/revoke")
	String revoke(@PathVariable String id, @PathVariable String keyId, Authentication admin,
			RedirectAttributes redirect) {
		try {
			keys.revoke(id, keyId, admin.getName());
			redirect.addFlashAttribute("notice", "Revoked API key " + keyId + ".");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/console/suppliers/" + id;
	}
}

package org.distributionhub.console.adapters.in.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.console.ports.in.FindOperationsActivity;
import org.distributionhub.supplier.api.FindDryRunResults;
import org.distributionhub.supplier.api.SupplierDirectory;
import org.distributionhub.supplier.api.SupplierKeyCommands;
import org.distributionhub.supplier.api.SupplierPolicies;
import org.distributionhub.supplier.api.SupplierProfileCommands;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suppliers: profiles, channels, API keys (never a secret, except a new key's once, on the page shown right
 * after issuing it), the policy in force, the start of each item cross-reference and the onboarding checklist. Only
 * an ADMIN reaches the POST handlers that issue, expire and revoke keys and assign a policy; each redirects to the
 * supplier's page, so reloading that page does nothing again.
 */
@Controller
class SuppliersController {

	static final int ITEM_ROWS = 100;

	private final SupplierDirectory suppliers;
	private final SupplierKeyCommands keys;
	private final SupplierPolicies policies;
	private final FindOperationsActivity activity;
	private final SupplierProfileCommands profiles;
	private final FindDryRunResults dryRuns;

	SuppliersController(SupplierDirectory suppliers, SupplierKeyCommands keys, SupplierPolicies policies,
			FindOperationsActivity activity, SupplierProfileCommands profiles, FindDryRunResults dryRuns) {
		this.suppliers = suppliers;
		this.keys = keys;
		this.policies = policies;
		this.activity = activity;
		this.profiles = profiles;
		this.dryRuns = dryRuns;
	}

	@GetMapping("/console/suppliers")
	String list(Model model) {
		model.addAttribute("suppliers", suppliers.suppliers());
		return "console/suppliers";
	}

	/** A new key, handed over by the issuing POST as a flash attribute, is shown on a page never cached. */
	@GetMapping("/console/suppliers/{id}")
	String detail(@PathVariable String id, Model model, HttpServletResponse response) {
		model.addAttribute("supplier", suppliers.supplier(id, ITEM_ROWS)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id)));
		if (model.containsAttribute("issued")) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		}
		model.addAttribute("itemRows", ITEM_ROWS);
		policies.policy(id).ifPresent(policy -> model.addAttribute("policy", policy));
		model.addAttribute("packs", policies.packs());
		profiles.onboarding(id).ifPresent(facts -> model.addAttribute("checklist",
				OnboardingChecklist.of(facts, dryRuns.latestPerDocumentType(id))));
		activity.scorecard(id, OperationsApiController.DEFAULT_WEEKS)
			.ifPresent(card -> model.addAttribute("scorecard", ScorecardView.of(card)));
		return "console/supplier";
	}

	/** Issues a key valid through the given day (UTC), or for the policy's key lifetime, and redirects. */
	@PostMapping("/console/suppliers/{id}/api-keys")
	String issue(@PathVariable String id, @RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate expiresOn, Authentication admin,
			RedirectAttributes redirect) {
		requireSupplier(id);
		try {
			var expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			var issued = keys.issue(id, Objects.requireNonNullElse(label, ""), expiresAt, admin.getName());
			redirect.addFlashAttribute("issued", issued);
			redirect.addFlashAttribute("notice",
					"Issued API key " + issued.keyId() + ". Copy it now: it is not shown again.");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/console/suppliers/" + id;
	}

	@PostMapping("/console/suppliers/{id}/api-keys/{keyId}/expire")
	String expire(@PathVariable String id, @PathVariable String keyId, Authentication admin,
			RedirectAttributes redirect) {
		try {
			keys.expire(id, keyId, admin.getName());
			redirect.addFlashAttribute("notice", "API key " + keyId + " expired now.");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/console/suppliers/" + id;
	}

	@PostMapping("/console/suppliers/{id}/policy")
	String assign(@PathVariable String id, @RequestParam(required = false) @Nullable String pack,
			@ModelAttribute PolicyForm overrides, Authentication admin, RedirectAttributes redirect) {
		requireSupplier(id);
		try {
			policies.assign(id, pack == null || pack.isBlank() ? null : pack, overrides.values(), admin.getName());
			redirect.addFlashAttribute("notice", "Saved the policy of supplier " + id + ".");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/console/suppliers/" + id + "#policy";
	}

	private void requireSupplier(String id) {
		if (suppliers.supplier(id, 0).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id);
		}
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

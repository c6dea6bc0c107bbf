package org.distributionhub.console.adapters.in.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.supplier.api.SupplierFormRejected;
import org.distributionhub.supplier.api.SupplierProfileCommands;
import org.distributionhub.supplier.api.SupplierProfileCommands.ProfileForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An ADMIN creates a supplier and edits its profile (phase included); a refused form comes back with the problem
 * of each field next to it, as the supplier's rules word it.
 */
@Controller
class SupplierProfilesController {

	static final List<String> CHANNELS = List.of("API", "X12", "EDIFACT", "CSV");

	private final SupplierProfileCommands profiles;

	SupplierProfilesController(SupplierProfileCommands profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/console/suppliers/new")
	String blank(Model model) {
		return form(profiles.blank(), true, model);
	}

	@PostMapping("/console/suppliers/new")
	String create(@ModelAttribute ProfileForm form, Authentication admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			var saved = profiles.create(form, admin.getName());
			redirect.addFlashAttribute("notice", "Created supplier " + saved.supplierId() + ".");
			return "redirect:/console/suppliers/" + saved.supplierId();
		}
		catch (SupplierFormRejected e) {
			FormErrors.show(e, model, response);
			return form(form, true, model);
		}
	}

	@GetMapping("/console/suppliers/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		return form(profiles.profile(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id)), false, model);
	}

	@PostMapping("/console/suppliers/{id}/edit")
	String update(@PathVariable String id, @ModelAttribute ProfileForm form, Authentication admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (profiles.profile(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id);
		}
		try {
			var saved = profiles.update(id, form, admin.getName());
			redirect.addFlashAttribute("notice", saved.changed() ? "Saved the profile of " + id + "."
					: "The profile of " + id + " already said that: nothing changed.");
			return "redirect:/console/suppliers/" + id;
		}
		catch (SupplierFormRejected e) {
			FormErrors.show(e, model, response);
			return form(new ProfileForm(id, form.name(), form.inboundChannels(), form.purchaseOrderChannel(),
					form.ediQualifier(), form.ediId(), form.ediGroupId(), form.webhookUrl(), form.acknowledgementDue(),
					form.remainderPolicy(), form.phase(), form.sendContrl(), form.priceChangeSource(), form.active()),
					false, model);
		}
	}

	private static String form(ProfileForm form, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("channels", CHANNELS);
		model.addAttribute("inbound", form.inboundChannels() == null ? List.of() : form.inboundChannels());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", FormErrors.none());
		}
		return "console/supplier-form";
	}
}

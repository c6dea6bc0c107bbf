package org.distributionhub.console.adapters.in.web;

import org.distributionhub.supplier.api.SupplierPolicies;
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
 * Policy packs for ADMINs: the list with a form to create one, the same page with one pack in the form to edit it.
 * A save redirects to the pack's page, so reloading saves nothing twice.
 */
@Controller
class PolicyPacksController {

	private final SupplierPolicies policies;

	PolicyPacksController(SupplierPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/console/policy-packs")
	String list(Model model) {
		model.addAttribute("packs", policies.packs());
		return "console/policy-packs";
	}

	@GetMapping("/console/policy-packs/{name}")
	String edit(@PathVariable String name, Model model) {
		model.addAttribute("editing", policies.pack(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No policy pack " + name)));
		return list(model);
	}

	@PostMapping("/console/policy-packs")
	String save(@RequestParam String name, @ModelAttribute PolicyForm form,
			@RequestParam(defaultValue = "false") boolean makeDefault, Authentication admin,
			RedirectAttributes redirect) {
		try {
			var pack = policies.savePack(name.strip(), form.values(), makeDefault, admin.getName());
			redirect.addFlashAttribute("notice", "Saved policy pack " + pack.name() + ".");
			return "redirect:/console/policy-packs/" + pack.name();
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/console/policy-packs";
		}
	}
}

package org.distributionhub.console.adapters.in.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.supplier.api.SupplierCodeMaps;
import org.distributionhub.supplier.api.SupplierFormRejected;
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

/** A supplier's own codes and the line outcome each means: every role reads them, an ADMIN sets and removes them. */
@Controller
class SupplierCodesController {

	private final SupplierCodeMaps codes;

	SupplierCodesController(SupplierCodeMaps codes) {
		this.codes = codes;
	}

	@GetMapping("/console/suppliers/{id}/codes")
	String page(@PathVariable String id, Model model) {
		model.addAttribute("codeMap", codes.codeMap(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supplier " + id)));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", FormErrors.none());
		}
		return "console/supplier-codes";
	}

	@PostMapping("/console/suppliers/{id}/codes/save")
	String save(@PathVariable String id, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) @Nullable String outcome, Authentication admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			codes.save(id, code, Objects.requireNonNullElse(outcome, ""), admin.getName());
			redirect.addFlashAttribute("notice", "Partner code " + code.strip() + " now means " + outcome + ".");
			return "redirect:/console/suppliers/" + id + "/codes";
		}
		catch (SupplierFormRejected e) {
			FormErrors.show(e, model, response);
			model.addAttribute("code", code);
			model.addAttribute("outcome", outcome);
			return page(id, model);
		}
	}

	@PostMapping("/console/suppliers/{id}/codes/delete")
	String delete(@PathVariable String id, @RequestParam String code, Authentication admin,
			RedirectAttributes redirect) {
		if (codes.remove(id, code, admin.getName())) {
			redirect.addFlashAttribute("notice",
					"Removed partner code " + code.strip() + ": the standard code lists apply to it again.");
		}
		else {
			redirect.addFlashAttribute("error", "Supplier " + id + " has no partner code " + code.strip() + ".");
		}
		return "redirect:/console/suppliers/" + id + "/codes";
	}
}

package org.distributionhub.console.alerting.adapters.in.web;

import org.distributionhub.console.alerting.ports.in.ManageAlertRules;
import org.distributionhub.console.ports.in.IncidentKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The alert rules in force for everyone to read; an ADMIN edits, adds and resets them (the security chain refuses others). */
@Controller
class AlertRulesController {

	private final ManageAlertRules rules;

	AlertRulesController(ManageAlertRules rules) {
		this.rules = rules;
	}

	@GetMapping("/console/alerts/rules")
	String rules(Model model) {
		model.addAttribute("rules", rules.rules());
		model.addAttribute("kinds", IncidentKind.values());
		return "console/alert-rules";
	}

	@PostMapping("/console/alerts/rules")
	String save(@RequestParam String id, RuleForm form, Authentication admin, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			var saved = rules.save(form.toCommand(id, admin.getName()));
			redirect.addFlashAttribute("notice", "Saved alert rule '" + saved.id() + "'.");
			return "redirect:/console/alerts/rules";
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			return rules(model);
		}
	}

	@PostMapping("/console/alerts/rules/{id}/reset")
	String reset(@PathVariable String id, Authentication admin, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", rules.reset(id, admin.getName())
				? "Alert rule '" + id + "' is back to its configuration (or removed if it was added here)."
				: "Alert rule '" + id + "' had no edit to reset.");
		return "redirect:/console/alerts/rules";
	}
}

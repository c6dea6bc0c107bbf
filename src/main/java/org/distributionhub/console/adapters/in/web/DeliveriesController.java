package org.distributionhub.console.adapters.in.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.ResubmitDeliveries;
import org.distributionhub.platform.api.ResubmitDeliveries.ResubmissionResult;
import org.distributionhub.platform.api.ResubmitDeliveries.ResubmitDeliveriesCommand;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failed and dead-lettered deliveries with their attempt history, and the resubmission of one, with the user as actor
 * and a reason (the platform records both in the admin audit trail); the whole filtered set is resubmitted by a bulk
 * job (console.jobs). Only ADMIN and OPERATOR reach the POST handlers; the security chain refuses everyone else.
 */
@Controller
class DeliveriesController {

	static final int PAGE_SIZE = 50;

	private final FindDeliveries deliveries;
	private final ResubmitDeliveries resubmission;

	DeliveriesController(FindDeliveries deliveries, ResubmitDeliveries resubmission) {
		this.deliveries = deliveries;
		this.resubmission = resubmission;
	}

	@GetMapping("/console/deliveries")
	String list(DeliveryQuery query, HttpServletRequest request, HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/deliveries");
		showList(query, response, model);
		return view;
	}

	@GetMapping("/console/deliveries/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("delivery", deliveries.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No failed or dead-lettered delivery " + id + " (it may have been delivered meanwhile)")));
		return "console/delivery";
	}

	@PostMapping("/console/deliveries/{id}/resubmit")
	String resubmitOne(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			Authentication user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ResubmitDeliveriesCommand command;
		try {
			command = new ResubmitDeliveriesCommand(List.of(id), DeliveryFilter.none(), user.getName(),
					Objects.requireNonNullElse(reason, ""));
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			return detail(id, model);
		}
		redirect.addFlashAttribute("notice", describe(resubmission.resubmit(command)));
		return "redirect:/console/deliveries";
	}

	private void showList(DeliveryQuery query, HttpServletResponse response, Model model) {
		model.addAttribute("query", query);
		try {
			model.addAttribute("page", deliveries.find(query.toFilter(), query.pageNumber(), PAGE_SIZE));
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
	}

	private static String describe(ResubmissionResult result) {
		String text = result.resubmitted() == 1 ? "Resubmitted 1 delivery"
				: "Resubmitted " + result.resubmitted() + " deliveries";
		return result.skipped() == 0 ? text + "." : text + "; " + result.skipped() + " were no longer failed.";
	}
}

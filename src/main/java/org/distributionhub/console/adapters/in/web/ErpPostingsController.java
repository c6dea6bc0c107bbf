package org.distributionhub.console.adapters.in.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindErpHealth;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.ManagePostings;
import org.distributionhub.erpgateway.api.ManagePostings.PostingActionCommand;
import org.distributionhub.erpgateway.api.PostingView;
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
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * ERP postings: the ERP's health as this hub sees it (check, circuit, last failure), the backlog with the age of the
 * oldest unsent posting, the parked postings with the ERP's reasons, and the postings of one business key. ADMIN and
 * OPERATOR retry, park or cancel a posting with a reason, which the ERP gateway writes to the audit trail with their
 * name; the security chain refuses the POST handlers to everyone else.
 */
@Controller
class ErpPostingsController {

	static final int PAGE_SIZE = 50;

	private final FindPostings postings;
	private final ManagePostings manage;
	private final FindErpHealth erp;
	private final Clock clock;

	ErpPostingsController(FindPostings postings, ManagePostings manage, FindErpHealth erp, Clock clock) {
		this.postings = postings;
		this.manage = manage;
		this.erp = erp;
		this.clock = clock;
	}

	@GetMapping("/console/erp")
	String page(@RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String page, HttpServletResponse response, Model model) {
		int pageNumber;
		try {
			pageNumber = QueryParameters.page(page);
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
			pageNumber = 0;
		}
		show(key, pageNumber, model);
		return "console/erp";
	}

	@PostMapping("/console/erp/postings/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String key, Authentication user, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		var command = new PostingActionCommand(id, user.getName(), Objects.requireNonNullElse(reason, "").strip());
		PostingView done;
		try {
			done = switch (action) {
				case "retry" -> manage.retry(command);
				case "park" -> manage.park(command);
				case "cancel" -> manage.cancel(command);
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No action " + action);
			};
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			response.setStatus(e instanceof IllegalArgumentException ? HttpStatus.BAD_REQUEST.value()
					: HttpStatus.CONFLICT.value());
			model.addAttribute("error", e.getMessage());
			show(key, 0, model);
			return "console/erp";
		}
		redirect.addFlashAttribute("notice", "Posting %s #%d is now %s.".formatted(done.businessKey(), done.sequence(),
				done.status()));
		return "redirect:" + link(key, 0);
	}

	@PostMapping("/console/erp/check")
	String check(RedirectAttributes redirect) {
		var health = erp.checkNow();
		redirect.addFlashAttribute("notice", "Checked " + health.erp() + ": " + health.check() + ", "
				+ health.checkDetail());
		return "redirect:/console/erp";
	}

	private void show(@Nullable String key, int page, Model model) {
		var backlog = postings.backlog();
		model.addAttribute("health", erp.health());
		model.addAttribute("backlog", backlog);
		model.addAttribute("oldestAge", backlog.oldestPendingSince() == null ? null
				: age(Duration.between(backlog.oldestPendingSince(), clock.instant())));
		model.addAttribute("parked", postings.parked(page, PAGE_SIZE));
		model.addAttribute("page", page);
		model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < backlog.parked());
		model.addAttribute("previousLink", link(key, page - 1));
		model.addAttribute("nextLink", link(key, page + 1));
		model.addAttribute("key", key == null ? "" : key.strip());
		model.addAttribute("history", key == null || key.isBlank() ? List.of() : postings.byBusinessKey(key.strip()));
	}

	private static String link(@Nullable String key, int page) {
		var uri = UriComponentsBuilder.fromPath("/console/erp");
		QueryParameters.add(uri, "key", key);
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.build().encode().toUriString();
	}

	/** A duration as people read it: 45 s, 12 min, 3 h 20 min, 2 d 4 h. */
	static String age(Duration age) {
		long seconds = Math.max(0, age.toSeconds());
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return seconds / 60 + " min";
		}
		if (seconds < 86_400) {
			return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
		}
		return seconds / 86_400 + " d " + seconds % 86_400 / 3600 + " h";
	}
}

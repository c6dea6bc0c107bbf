package org.distributionhub.console.jobs.adapters.in.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.console.jobs.ports.in.CancelBulkJob;
import org.distributionhub.console.jobs.ports.in.FindBulkJobs;
import org.distributionhub.console.jobs.ports.in.InvalidJobRequest;
import org.distributionhub.console.jobs.ports.in.JobConflict;
import org.distributionhub.console.jobs.ports.in.JobView;
import org.distributionhub.console.jobs.ports.in.StartBulkJob;
import org.distributionhub.console.jobs.ports.in.StartBulkJob.StartJobCommand;
import org.distributionhub.console.jobs.ports.in.UnknownJob;
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

/**
 * The console's bulk jobs. The parked, ERP and deliveries pages start one (after a confirmation) by POST, answered
 * with a redirect to the job's page, where htmx polls the progress and the current page of item outcomes every
 * second while it runs; an OPERATOR or ADMIN may cancel it there.
 */
@Controller
class JobsController {

	static final int PAGE_SIZE = 50;

	/** Where each kind is started from, to go back to when a request is refused. */
	private static final Map<String, String> ORIGINS = Map.of("PARKED_REPLAY", "/console/parked", "ERP_RETRY",
			"/console/erp", "DELIVERY_RESUBMIT", "/console/deliveries");

	private static final Set<String> NOT_FILTERS = Set.of("kind", "reason", "ids", "_csrf");

	private final StartBulkJob start;
	private final CancelBulkJob cancel;
	private final FindBulkJobs jobs;

	JobsController(StartBulkJob start, CancelBulkJob cancel, FindBulkJobs jobs) {
		this.start = start;
		this.cancel = cancel;
		this.jobs = jobs;
	}

	@GetMapping("/console/jobs")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", jobs.jobs(Math.max(0, page), PAGE_SIZE));
		return "console/jobs";
	}

	@PostMapping("/console/jobs")
	String start(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable List<UUID> ids, @RequestParam Map<String, String> params,
			Authentication user, RedirectAttributes redirect) {
		var filter = new HashMap<>(params);
		filter.keySet().removeAll(NOT_FILTERS);
		try {
			JobView job = start.start(new StartJobCommand(kind, ids, filter, user.getName(), reason));
			redirect.addFlashAttribute("notice", "Started: " + job.scope() + " (" + job.total() + ").");
			return "redirect:/console/jobs/" + job.id();
		}
		catch (InvalidJobRequest e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:" + ORIGINS.getOrDefault(kind, "/console/jobs");
		}
		catch (JobConflict e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/console/jobs/" + e.jobId();
		}
	}

	@GetMapping("/console/jobs/{id}")
	String job(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		show(id, page, model);
		return "console/job";
	}

	/** The part of a job's page that htmx polls while the job runs. */
	@GetMapping("/console/jobs/{id}/progress")
	String progress(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		show(id, page, model);
		return "console/job :: progress";
	}

	@PostMapping("/console/jobs/{id}/cancel")
	String cancel(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		try {
			cancel.cancel(id, user.getName());
			redirect.addFlashAttribute("notice", "Cancelling: the job stops before its next item.");
		}
		catch (JobConflict e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		catch (UnknownJob e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
		return "redirect:/console/jobs/" + id;
	}

	private void show(UUID id, int page, Model model) {
		JobView job = jobs.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No job " + id));
		int number = Math.max(0, page);
		model.addAttribute("job", job);
		model.addAttribute("items", jobs.items(id, number, PAGE_SIZE));
		model.addAttribute("origin", ORIGINS.get(job.kind()));
		model.addAttribute("previousLink", "/console/jobs/" + id + "?page=" + (number - 1));
		model.addAttribute("nextLink", "/console/jobs/" + id + "?page=" + (number + 1));
		model.addAttribute("pollLink", "/console/jobs/" + id + "/progress?page=" + number);
	}
}

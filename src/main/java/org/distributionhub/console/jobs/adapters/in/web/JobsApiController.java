package org.distributionhub.console.jobs.adapters.in.web;

import java.net.URI;
import java.util.UUID;

import org.distributionhub.console.jobs.ports.in.CancelBulkJob;
import org.distributionhub.console.jobs.ports.in.FindBulkJobs;
import org.distributionhub.console.jobs.ports.in.JobItemView;
import org.distributionhub.console.jobs.ports.in.JobView;
import org.distributionhub.console.jobs.ports.in.StartBulkJob;
import org.distributionhub.console.jobs.ports.in.UnknownJob;
import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.problems.InvalidParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The staff JSON API of bulk jobs: an OPERATOR or ADMIN starts one (202 with its Location) and cancels it; any staff
 * role lists jobs and reads one with its progress and a page of its items' outcomes.
 */
@RestController
@RequestMapping(JobsApiController.PATH)
class JobsApiController {

	static final String PATH = "/api/v1/operations/jobs";

	private final StartBulkJob start;
	private final CancelBulkJob cancel;
	private final FindBulkJobs jobs;

	JobsApiController(StartBulkJob start, CancelBulkJob cancel, FindBulkJobs jobs) {
		this.start = start;
		this.cancel = cancel;
		this.jobs = jobs;
	}

	@AnswersSuccess(value = 202, descriptions = "The job started; Location follows its progress")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "The kind of work (PARKED_REPLAY, ERP_RETRY, DELIVERY_RESUBMIT), a reason, and either "
					+ "a filter or the ids to run",
			content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = JobRequest.class),
			examples = @ExampleObject(name = "replay one supplier's parked documents", value = """
					{"kind": "PARKED_REPLAY", "reason": "item cross-reference loaded", "filter": {"supplier": "acme"}}
					""")))
	@PostMapping
	ResponseEntity<JobView> start(@RequestBody JobRequest request, Authentication user) {
		JobView job = start.start(request.toCommand(user.getName()));
		return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.id())).body(job);
	}

	@GetMapping
	PageOf<JobView> jobs(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		check(page, size);
		return jobs.jobs(page, size);
	}

	@GetMapping("/{id}")
	JobDetail job(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		check(page, size);
		JobView job = jobs.find(id).orElseThrow(() -> new UnknownJob(id));
		return new JobDetail(job, jobs.items(id, page, size));
	}

	@PostMapping("/{id}/cancel")
	JobView cancel(@PathVariable UUID id, Authentication user) {
		return cancel.cancel(id, user.getName());
	}

	private static void check(int page, int size) {
		if (page < 0) {
			throw new InvalidParameter("page", "page is 0 or more");
		}
		if (size < 1 || size > 1000) {
			throw new InvalidParameter("size", "size is 1 to 1000");
		}
	}

	/** A job with one page of its items. */
	record JobDetail(JobView job, PageOf<JobItemView> items) {
	}
}

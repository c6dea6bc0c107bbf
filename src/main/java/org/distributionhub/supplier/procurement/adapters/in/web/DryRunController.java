package org.distributionhub.supplier.procurement.adapters.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.api.DryRunReport;
import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;
import org.distributionhub.supplier.api.RunDryRuns;
import org.distributionhub.supplier.api.RunDryRuns.DryRunCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Dry runs of a supplier's sample file for an ADMIN: the raw sample as the body (its content type, or
 * {@code ?format=} X12, EDIFACT, CSV or JSON) or a multipart upload (part {@code file}); 201 with the report, which
 * is kept and can be read again. Nothing of the sample is kept as live data or sent.
 */
@RestController
@RequestMapping("/api/v1/admin/suppliers/{supplierId}")
class DryRunController {

	private final RunDryRuns dryRuns;
	private final long maxBytes;

	DryRunController(RunDryRuns dryRuns, @Value("${hub.api.max-body-size:20MB}") DataSize maxBodySize) {
		this.dryRuns = dryRuns;
		this.maxBytes = maxBodySize.toBytes();
	}

	@AnswersSuccess(value = 201, descriptions = "The dry run's report, kept; Location names it")
	@PostMapping(path = "/dry-run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@PathVariable String supplierId, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String format, Principal admin) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return run(new DryRunCommand(supplierId, format, file.getContentType(), file.getOriginalFilename(),
					read(in), admin.getName()));
		}
	}

	@AnswersSuccess(value = 201, descriptions = "The dry run's report, kept; Location names it")
	@PostMapping(path = "/dry-run")
	ResponseEntity<?> raw(@PathVariable String supplierId, @RequestParam(required = false) @Nullable String format,
			HttpServletRequest request, Principal admin) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return run(new DryRunCommand(supplierId, format, request.getContentType(), null, read(in),
					admin.getName()));
		}
	}

	@GetMapping("/dry-runs")
	List<DryRunSummary> history(@PathVariable String supplierId,
			@RequestParam(defaultValue = "50") int limit) {
		return dryRuns.history(supplierId, limit);
	}

	@GetMapping("/dry-runs/{id}")
	ResponseEntity<?> report(@PathVariable String supplierId, @PathVariable long id) {
		return dryRuns.report(supplierId, id).<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found",
					"No dry run " + id + " of supplier " + supplierId)));
	}

	private ResponseEntity<?> run(DryRunCommand command) {
		if (command.content().length == 0) {
			return ApiProblems.response(ApiProblems.withErrors(HttpStatus.BAD_REQUEST, ApiProblems.UNREADABLE,
					List.of(ApiProblems.error("$", "The sample is empty"))));
		}
		try {
			DryRunReport report = dryRuns.run(command);
			return ResponseEntity.created(URI.create("/api/v1/admin/suppliers/" + command.supplierId()
					+ "/dry-runs/" + report.id())).body(report);
		}
		catch (RunDryRuns.UnknownSupplierForDryRun ex) {
			return ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage()));
		}
		catch (RunDryRuns.UnknownDryRunFormat ex) {
			return ApiProblems.response(ApiProblems.withErrors(HttpStatus.BAD_REQUEST, ApiProblems.INVALID,
					List.of(ApiProblems.error("format", ex.getMessage()))));
		}
	}

	private byte[] read(InputStream in) throws IOException {
		byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (content.length > maxBytes) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
					"The sample is larger than " + maxBytes + " bytes");
		}
		return content;
	}
}

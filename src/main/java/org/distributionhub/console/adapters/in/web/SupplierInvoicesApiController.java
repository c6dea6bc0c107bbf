package org.distributionhub.console.adapters.in.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.api.FindAccruals;
import org.distributionhub.supplier.api.FindAccruals.Accrual;
import org.distributionhub.supplier.api.FindSupplierInvoices;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceSummary;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Supplier invoices for staff: the list (newest first), one invoice with its lines beside PO and receipts, the held
 * invoices' approval and rejection with a reason (409 when it is no longer held, 422 when the decision is refused),
 * and the accrual reconciliation as JSON or, asked for with {@code Accept: text/csv}, CSV.
 */
@RestController
@RequestMapping(SupplierInvoicesApiController.PATH)
class SupplierInvoicesApiController {

	static final String PATH = "/api/v1/supplier-invoices";
	static final String CSV = "text/csv";

	/** The body of an approval or a rejection. */
	record DecisionBody(@Nullable String reason) {
	}

	/** What a decision left the invoice as. */
	record DecisionResult(long id, InvoiceStatus status) {
	}

	private final FindSupplierInvoices invoices;
	private final FindAccruals accruals;
	private final InvoiceDecisions decisions;
	private final Clock clock;

	SupplierInvoicesApiController(FindSupplierInvoices invoices, FindAccruals accruals, InvoiceDecisions decisions,
			Clock clock) {
		this.invoices = invoices;
		this.accruals = accruals;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping
	List<InvoiceSummary> supplierInvoices(@RequestParam(required = false) @Nullable String supplier,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Integer limit) {
		return invoices.invoices(InvoiceFilters.of(supplier, status, from, to, limit));
	}

	@GetMapping("/{id}")
	ResponseEntity<?> supplierInvoice(@PathVariable long id) {
		return invoices.invoice(id).<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found",
					"No supplier invoice " + id)));
	}

	@PostMapping(path = "/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Why the held invoice is billed as it is",
			required = true, content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = DecisionBody.class),
					examples = @ExampleObject(name = "approval", value = """
							{"reason": "Price rise agreed by phone with the supplier on 2 December"}
							""")))
	ResponseEntity<?> approveSupplierInvoice(@PathVariable long id, @RequestBody DecisionBody body, Authentication caller) {
		return answer(id, decisions.take(id, true, body.reason(), caller));
	}

	@PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Why the held invoice is not billed; the "
			+ "supplier is told", required = true, content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = DecisionBody.class),
					examples = @ExampleObject(name = "rejection", value = """
							{"reason": "Goods never arrived; credit note requested"}
							""")))
	ResponseEntity<?> rejectSupplierInvoice(@PathVariable long id, @RequestBody DecisionBody body, Authentication caller) {
		return answer(id, decisions.take(id, false, body.reason(), caller));
	}

	@GetMapping(path = "/accruals", produces = { MediaType.APPLICATION_JSON_VALUE, CSV })
	@ApiResponse(responseCode = "200", description = "Every PO whose received and invoiced quantities differ, "
			+ "the oldest difference first", content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							array = @ArraySchema(schema = @Schema(implementation = Accrual.class))),
					@Content(mediaType = CSV, schema = @Schema(type = "string", example = """
							supplier_id,po_number,currency,received_value,invoiced_value,received_not_invoiced,invoiced_not_received,since,age_days
							acme,PO-10042,USD,425.00,0.00,425.00,0.00,2026-12-01T08:00:00Z,5
							""")) })
	ResponseEntity<?> supplierAccruals(@RequestParam(required = false) @Nullable String supplier,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		List<Accrual> found = accruals.accruals(InvoiceFilters.blank(supplier) ? null : supplier.strip());
		if (!wantsCsv(accept)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found);
		}
		var text = new StringWriter();
		var csv = new CsvWriter(text);
		csv.row(AccrualCsv.HEADER);
		AccrualCsv.rows(csv, found, clock.instant());
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(text.toString());
	}

	/** CSV when the caller names it before (or without) JSON. */
	private static boolean wantsCsv(@Nullable String accept) {
		if (accept == null) {
			return false;
		}
		for (MediaType type : MediaType.parseMediaTypes(accept)) {
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
				return false;
			}
			if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
				return true;
			}
		}
		return false;
	}

	private static ResponseEntity<?> answer(long id, InvoiceDecisions.Decision decision) {
		return switch (decision.outcome()) {
			case DECIDED -> ResponseEntity.ok(new DecisionResult(id, decision.status()));
			case NOT_FOUND -> ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found",
					decision.message()));
			case NO_REASON -> ApiProblems.response(ApiProblems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT,
					"Decision refused", List.of(ApiProblems.error("$.reason", decision.message()))));
			case NOT_HELD -> ApiProblems.response(ApiProblems.problem(HttpStatus.CONFLICT, "Invoice not held",
					decision.message()));
			case REFUSED -> ApiProblems.response(ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
					"Decision refused", decision.message()));
		};
	}
}

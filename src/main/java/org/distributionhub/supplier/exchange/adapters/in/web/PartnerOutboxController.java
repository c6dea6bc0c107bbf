package org.distributionhub.supplier.exchange.adapters.in.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.problems.AnswersProblems;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API for what we send a supplier (purchase orders, 997s): a list of its documents, and each
 * document's content, which marks it as pulled.
 */
@RestController
@RequestMapping("/api/v1/suppliers/{supplierId}/outbox")
@AnswersProblems(429)
class PartnerOutboxController {

	private final FindPartnerMessages queries;
	private final PartnerGate gate;

	PartnerOutboxController(FindPartnerMessages queries, PartnerGate gate) {
		this.queries = queries;
		this.gate = gate;
	}

	@GetMapping
	List<FindPartnerMessages.OutboxView> list(@PathVariable String supplierId, Principal principal,
			@RequestParam(defaultValue = "true") boolean unpulledOnly,
			@RequestParam(defaultValue = "100") int limit) {
		gate.admit(principal, supplierId);
		return queries.outbox(supplierId, unpulledOnly, Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping("/{documentId}")
	ResponseEntity<?> document(@PathVariable String supplierId, @PathVariable UUID documentId, Principal principal) {
		gate.admit(principal, supplierId);
		return queries.outboxContent(documentId).filter(content -> content.supplierId().equals(supplierId))
			.<ResponseEntity<?>>map(content -> {
				queries.markPulled(documentId);
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(content.contentType()))
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(content.fileName()).build().toString())
					.body(content.content());
			})
			.orElseGet(() -> ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found",
					"No outbox document " + documentId + " for supplier " + supplierId)));
	}
}

package org.distributionhub.supplier.exchange.adapters.in.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.Unavailable;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer a partner gets for a message: 202 with the receipt when something could be read (what became of it is
 * in the receipt, and can be asked again with the tracking id), a 400 problem naming each field path when nothing
 * could be used, a 422 problem when an idempotency key is reused for another body, a 409 problem naming the control
 * number and when it was first used when an interchange control number is reused for other content, a 503 with
 * Retry-After when processing failed on our side (nothing was applied; the partner sends it again).
 */
final class ReceiptResponses {

	private static final Duration TRY_AGAIN_AFTER = Duration.ofSeconds(30);

	private ReceiptResponses() {
	}

	static ResponseEntity<?> of(MessageReceipt receipt, String supplierId) {
		URI tracking = URI.create("/api/v1/suppliers/" + supplierId + "/messages/" + receipt.trackingId());
		if (receipt.conflict()) {
			ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
					"This Idempotency-Key was used before for another message body; use a new key for a new message");
			problem.setProperty("trackingId", receipt.trackingId());
			return ApiProblems.response(problem);
		}
		if (receipt.controlNumberReused() != null) {
			var reuse = receipt.controlNumberReused();
			ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "Interchange control number reused",
					receipt.summary());
			problem.setProperty("controlNumber", reuse.controlNumber());
			problem.setProperty("firstUsedAt", reuse.firstReceivedAt().toString());
			problem.setProperty("firstTrackingId", reuse.firstTrackingId());
			problem.setProperty("trackingId", receipt.trackingId());
			problem.setProperty("interchangeAcknowledgementId", receipt.interchangeAckId());
			problem.setProperty("functionalAcknowledgementId", receipt.functionalAckId());
			return ApiProblems.response(problem);
		}
		if (receipt.status() == MessageStatus.FAILED) {
			ProblemDetail problem = Unavailable.problem("Try again", receipt.summary());
			problem.setProperty("trackingId", receipt.trackingId());
			return Unavailable.response(problem, TRY_AGAIN_AFTER);
		}
		if (receipt.status() == MessageStatus.REFUSED) {
			ProblemDetail problem = ApiProblems.withErrors(HttpStatus.BAD_REQUEST, "Message refused", errors(receipt));
			problem.setDetail(receipt.summary());
			problem.setProperty("trackingId", receipt.trackingId());
			problem.setProperty("functionalAcknowledgementId", receipt.functionalAckId());
			return ApiProblems.response(problem);
		}
		return ResponseEntity.accepted().location(tracking).body(receipt);
	}

	static List<Map<String, String>> errors(MessageReceipt receipt) {
		var errors = new ArrayList<Map<String, String>>();
		receipt.problems().forEach(problem -> errors.add(ApiProblems.error(problem.path(), problem.message())));
		receipt.documents().stream().filter(document -> document.result() == DocumentResult.REFUSED)
			.forEach(document -> errors.add(ApiProblems.error("document " + document.documentId(),
					document.explanation())));
		return errors;
	}
}

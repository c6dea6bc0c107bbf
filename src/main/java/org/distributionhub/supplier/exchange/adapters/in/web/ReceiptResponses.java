package org.distributionhub.supplier.exchange.adapters.in.web;

import org.distributionhub.platform.problems.ApiProblems;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer a partner gets for a message: 202 with the receipt when something could be read (what became of it is
 * in the receipt, and can be asked again with the tracking id), a 400 problem naming each field path when nothing
 * could be used, a 422 problem when an idempotency key is reused for another body, a 503 with Retry-After when
 * processing failed on our side (nothing was applied; the partner sends it again).
 */
final class ReceiptResponses {

	private ReceiptResponses() {
	}

	static ResponseEntity<?> of(MessageReceipt receipt, String supplierId) {
		URI tracking = URI.create("/api/v1/suppliers/" + supplierId + "/messages/" + receipt.trackingId());
		if (receipt.conflict()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was used before for another message body; use a new key for a new message");
			problem.setTitle("Idempotency-Key reused");
			problem.setType(URI.create("https://distributionhub.org/problems/idempotency-key-reused"));
			problem.setProperty("trackingId", receipt.trackingId());
			return ApiProblems.response(problem);
		}
		if (receipt.status() == MessageStatus.FAILED) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, receipt.summary());
			problem.setTitle("Temporarily unable to process the message");
			problem.setType(URI.create("https://distributionhub.org/problems/try-again"));
			problem.setProperty("trackingId", receipt.trackingId());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", "30")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		if (receipt.status() == MessageStatus.REFUSED) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, receipt.summary());
			problem.setTitle("The message was refused");
			problem.setType(URI.create("https://distributionhub.org/problems/message-refused"));
			problem.setProperty("trackingId", receipt.trackingId());
			problem.setProperty("errors", errors(receipt));
			problem.setProperty("functionalAcknowledgementId", receipt.functionalAckId());
			return ApiProblems.response(problem);
		}
		return ResponseEntity.accepted().location(tracking).body(receipt);
	}

	static List<Map<String, String>> errors(MessageReceipt receipt) {
		var errors = new java.util.ArrayList<Map<String, String>>();
		receipt.problems().forEach(problem -> errors.add(Map.of("path", problem.path(), "message", problem.message())));
		receipt.documents().stream().filter(document -> document.result() == DocumentResult.REFUSED)
			.forEach(document -> errors.add(Map.of("path", "document " + document.documentId(), "message",
					document.explanation())));
		return errors;
	}

}

package org.distributionhub.inventory.adapters.in.web;

import java.time.Instant;

import org.distributionhub.inventory.ports.in.RecordWarehouseEvent;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent.WarehouseEventCommand;
import org.distributionhub.inventory.ports.in.WarehouseEventReceipt;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.inventory.ports.model.WarehouseEventStatus;
import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.api.Intake;
import org.distributionhub.platform.correlation.Correlation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;

/**
 * The warehouse's (WMS's) channel: one event per request. A new event is applied and answered 202; the same event
 * again is answered 200 with the first answer and {@code duplicate: true}; refusals are problem+json
 * ({@link WarehouseApiProblems}).
 */
@RestController
@Intake
class WarehouseEventController {

	static final String PATH = "/api/v1/warehouse/events";

	private final RecordWarehouseEvent intake;

	WarehouseEventController(RecordWarehouseEvent intake) {
		this.intake = intake;
	}

	/** The answer to an event: its id and type, APPLIED, whether it was a duplicate and when it was first taken in. */
	record WarehouseEventResponse(String eventId, WarehouseEventReceipt.EventType type,
			WarehouseEventStatus status, boolean duplicate,
			Instant receivedAt) {

		static WarehouseEventResponse of(WarehouseEventReceipt receipt) {
			return new WarehouseEventResponse(receipt.eventId(), receipt.type(), receipt.status(), receipt.duplicate(),
					receipt.receivedAt());
		}
	}

	@AnswersSuccess(value = { 202, 200 }, descriptions = { "Received and kept; applied after this answer",
			"The same event was received before: nothing changed" })
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "One warehouse event: a pick, a dispatch, a receipt or a stock adjustment",
			required = true, content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "pick confirmed", value = """
							{
							  "eventId": "WMS-88412",
							  "type": "PICK_CONFIRMED",
							  "warehouse": "MAIN",
							  "occurredAt": "2026-12-02T09:30:00Z",
							  "orderId": "web:W-1001",
							  "lines": [
							    {
							      "lineNumber": 1,
							      "sku": "SKU-100",
							      "quantity": 3,
							      "unit": "EA"
							    }
							  ]
							}
							""")) })
	ResponseEntity<WarehouseEventResponse> record(@Valid @RequestBody WarehouseEventRequest request) {
		var receipt = intake.record(new WarehouseEventCommand(Correlation.current(), IntakeChannel.API, null,
				request.toMessage()));
		return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(WarehouseEventResponse.of(receipt));
	}
}

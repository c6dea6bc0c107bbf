package org.distributionhub.supplier.procurement.adapters.in.web;

import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.api.Intake;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssueResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;

/**
 * Purchase order intake for the ERP or its connector: 201 when the order (or a new revision) was taken in, 200 when
 * this revision was known already or a newer one is.
 */
@RestController
@RequestMapping("/api/v1/purchase-orders")
@Validated
@Intake
public class PurchaseOrderController {

	private final IssuePurchaseOrder issue;
	private final PurchaseOrderRequestMapper mapper;

	PurchaseOrderController(IssuePurchaseOrder issue, PurchaseOrderRequestMapper mapper) {
		this.issue = issue;
		this.mapper = mapper;
	}

	@AnswersSuccess(value = { 201, 200 }, descriptions = { "Taken in: the purchase order is sent to its supplier",
			"The same purchase order was taken in before: nothing changed" })
	@PostMapping
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "A purchase order, or a new revision of one",
			required = true, content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "purchase order", value = """
							{
							  "supplierId": "acme",
							  "poNumber": "PO-10042",
							  "revision": 0,
							  "orderDate": "2026-12-01",
							  "shipTo": "MAIN",
							  "currency": "USD",
							  "lines": [
							    {
							      "lineNumber": "1",
							      "sku": "SKU-100",
							      "quantity": 100,
							      "unit": "EA",
							      "unitPrice": 4.25,
							      "requestedDate": "2026-12-20"
							    }
							  ]
							}
							""")) })
	ResponseEntity<IssueResult> issue(@Valid @RequestBody PurchaseOrderRequest request) {
		IssueResult result = issue.issue(mapper.toCommand(request));
		return ResponseEntity.status(result.outcome().tookIn() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
	}
}

package org.distributionhub.order.adapters.in.web;

import java.net.URI;

import org.distributionhub.order.ports.in.CancelOrder;
import org.distributionhub.order.ports.in.ChangeOrder;
import org.distributionhub.order.ports.in.OrderNotFound;
import org.distributionhub.order.ports.in.OrderReceipt;
import org.distributionhub.order.ports.in.OrderView;
import org.distributionhub.order.ports.in.PlaceOrder;
import org.distributionhub.order.ports.in.ViewOrder;
import org.distributionhub.platform.api.AnswersSuccess;
import org.distributionhub.platform.api.Intake;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

/**
 * Customer order intake for the OMS or a sales channel: place (201, or 200 when the same order is known), change,
 * cancel (200) and read an order. The order id is {@code channel:externalOrderId}.
 */
@RestController
@RequestMapping(OrderIntakeController.PATH)
@Intake
class OrderIntakeController {

	static final String PATH = "/api/v1/orders";

	private final PlaceOrder place;
	private final ChangeOrder change;
	private final CancelOrder cancel;
	private final ViewOrder view;
	private final OrderRequestMapper mapper;

	OrderIntakeController(PlaceOrder place, ChangeOrder change, CancelOrder cancel, ViewOrder view,
			OrderRequestMapper mapper) {
		this.place = place;
		this.change = change;
		this.cancel = cancel;
		this.view = view;
		this.mapper = mapper;
	}

	@AnswersSuccess(value = { 201, 200 }, descriptions = { "The order was placed",
			"The same order was placed before (same channel and external order id): nothing changed" })
	@PostMapping
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "A customer order from a sales channel",
			required = true, content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "order", value = """
							{
							  "channel": "web",
							  "externalOrderId": "W-1001",
							  "customer": "CUST-7",
							  "warehouse": "MAIN",
							  "lines": [
							    {
							      "lineNumber": 1,
							      "sku": "SKU-100",
							      "quantity": 3,
							      "unit": "EA",
							      "unitPrice": 19.9,
							      "currency": "USD"
							    }
							  ]
							}
							""")) })
	ResponseEntity<OrderView> place(@RequestBody OrderRequest request) {
		OrderReceipt receipt = place.place(mapper.toCommand(request));
		if (receipt.created()) {
			return ResponseEntity.created(URI.create(PATH + "/" + receipt.order().orderId())).body(receipt.order());
		}
		return ResponseEntity.ok(receipt.order());
	}

	@PutMapping("/{orderId}")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "The whole order as it is now",
			required = true, content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "one more line", value = """
							{"channel": "web", "externalOrderId": "W-1001", "customer": "CUST-7", "warehouse": "MAIN",
							 "lines": [
							  {"lineNumber": 1, "sku": "SKU-100", "quantity": 3, "unit": "EA"},
							  {"lineNumber": 2, "sku": "SKU-200", "quantity": 1, "unit": "EA"}]}
							""")) })
	OrderView change(@PathVariable String orderId, @RequestBody OrderRequest request) {
		return change.change(orderId, mapper.toCommand(request)).order();
	}

	@PostMapping("/{orderId}/cancellation")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			description = "Why the channel cancels the order",
			required = true, content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "cancellation", value = """
							{
							  "reason": "Customer withdrew the order"
							}
							""")) })
	OrderView cancel(@PathVariable String orderId, @RequestBody CancellationRequest request) {
		return cancel.cancel(orderId, request.reason()).order();
	}

	@GetMapping("/{orderId}")
	OrderView get(@PathVariable String orderId) {
		return view.view(orderId).orElseThrow(() -> new OrderNotFound(orderId));
	}
}

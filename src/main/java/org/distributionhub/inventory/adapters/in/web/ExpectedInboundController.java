package org.distributionhub.inventory.adapters.in.web;

import org.distributionhub.inventory.ports.in.FindExpectedInbound;
import org.distributionhub.platform.problems.InvalidParameter;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Expected inbound of a SKU for staff and planning tools: per location the quantities by date and their totals. */
@RestController
class ExpectedInboundController {

	static final String PATH = "/api/v1/inventory/expected-inbound";

	private final FindExpectedInbound expectedInbound;

	ExpectedInboundController(FindExpectedInbound expectedInbound) {
		this.expectedInbound = expectedInbound;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ExpectedInboundResponse find(@RequestParam String sku, @RequestParam(required = false) @Nullable String location) {
		String place = location == null || location.isBlank() ? null : location.strip();
		return ExpectedInboundResponse.of(sku, expectedInbound.find(sku(sku), place));
	}

	private static Sku sku(String sku) {
		try {
			return new Sku(sku);
		}
		catch (IllegalArgumentException invalid) {
			throw new InvalidParameter("sku", invalid.getMessage());
		}
	}
}

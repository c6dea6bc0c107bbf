package org.distributionhub.console.application;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** Links to the console's pages for a business object, with its key encoded as a path segment. */
final class ConsoleLinks {

	private ConsoleLinks() {
	}

	static String purchaseOrder(String supplierId, String poNumber) {
		return "/console/purchase-orders/" + UriUtils.encodePathSegment(supplierId, StandardCharsets.UTF_8) + "/"
				+ UriUtils.encodePathSegment(poNumber, StandardCharsets.UTF_8);
	}
}

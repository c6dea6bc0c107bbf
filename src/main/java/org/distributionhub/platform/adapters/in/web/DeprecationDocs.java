package org.distributionhub.platform.adapters.in.web;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Marks an operation with {@link org.distributionhub.platform.api.DeprecatedApi} deprecated in the OpenAPI document,
 * says since when, its sunset and its successor, and documents the headers its answers carry.
 */
@Component
class DeprecationDocs implements GlobalOperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		DeprecationNotice notice = DeprecationNotice.of(handler);
		if (notice == null) {
			return operation;
		}
		operation.deprecated(true)
			.description(operation.getDescription() == null ? notice.sentence()
					: operation.getDescription() + "\n\n" + notice.sentence())
			.addExtension("x-sunset", notice.sunset().toString());
		if (operation.getResponses() != null) {
			operation.getResponses().forEach((code, response) -> {
				if (code.startsWith("2")) {
					response.addHeaderObject("Deprecation", header("RFC 9745: " + notice.deprecationHeader()))
						.addHeaderObject("Sunset", header("RFC 8594: " + notice.sunsetHeader()));
					if (notice.linkHeader() != null) {
						response.addHeaderObject("Link", header(notice.linkHeader()));
					}
				}
			});
		}
		return operation;
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new StringSchema());
	}
}

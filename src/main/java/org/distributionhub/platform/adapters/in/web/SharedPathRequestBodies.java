package org.distributionhub.platform.adapters.in.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;

/**
 * Keeps every media type of an operation that several handler methods serve, one per media type (JSON and CSV
 * acknowledgements, JSON and CSV inventory feeds): springdoc merges their responses but keeps only one request body.
 */
@Component
class SharedPathRequestBodies implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

	private final Map<String, Map<String, MediaType>> bodies = new ConcurrentHashMap<>();

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return operation;
		}
		RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
		RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		if (method == null) {
			return operation;
		}
		String[] prefixes = type == null || type.path().length == 0 ? new String[] { "" } : type.path();
		String[] paths = method.path().length == 0 ? new String[] { "" } : method.path();
		for (String prefix : prefixes) {
			for (String path : paths) {
				for (RequestMethod verb : method.method()) {
					bodies.computeIfAbsent(verb.name() + " " + prefix + path, key -> new ConcurrentHashMap<>())
						.putAll(operation.getRequestBody().getContent());
				}
			}
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, operation) -> {
			Map<String, MediaType> all = bodies.get(verb.name().toUpperCase(Locale.ROOT) + " " + path);
			if (all != null && operation.getRequestBody() != null) {
				Content content = operation.getRequestBody().getContent();
				all.forEach(content::putIfAbsent);
			}
		}));
	}
}

package org.distributionhub.platform.adapters.in.web;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.distributionhub.platform.problems.AnswersProblems;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents the problem answers of every operation from its shape, so no controller repeats them: 401 and 403
 * always (every API needs credentials), 503 always (the database is unavailable; intake also when the hub is
 * behind), 400 with parameters or a body, 404 with a path variable, 409 for a change,
 * 413, 415 and 422 with a body, and what {@link AnswersProblems} adds.
 */
@Component
class ProblemResponseDocs implements GlobalOperationCustomizer {

	private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		statuses(operation, handler).forEach(status -> responses.computeIfAbsent(String.valueOf(status),
				code -> new ApiResponse().$ref("#/components/responses/" + ApiContractDocs.PROBLEM + status)));
		return operation.responses(responses);
	}

	static Set<Integer> statuses(Operation operation, HandlerMethod handler) {
		var statuses = new TreeSet<>(Set.of(401, 403, 503));
		boolean body = operation.getRequestBody() != null;
		boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (body || parameters) {
			statuses.add(400);
		}
		if (parameters && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
			statuses.add(404);
		}
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		if (mapping != null && Arrays.stream(mapping.method()).anyMatch(CHANGES::contains)) {
			statuses.add(409);
		}
		if (body) {
			statuses.addAll(Set.of(413, 415, 422));
		}
		AnswersProblems more = handler.getMethodAnnotation(AnswersProblems.class);
		if (more == null) {
			more = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AnswersProblems.class);
		}
		if (more != null) {
			Arrays.stream(more.value()).forEach(statuses::add);
		}
		return statuses;
	}
}

package org.distributionhub.platform.adapters.in.web;

import org.distributionhub.platform.api.AnswersSuccess;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Puts the success statuses of {@link AnswersSuccess} in place of the 200 springdoc derives from the return type:
 * each keeps the body springdoc described (none for 204), with its own description.
 */
@Component
class SuccessResponseDocs implements GlobalOperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		AnswersSuccess success = handler.getMethodAnnotation(AnswersSuccess.class);
		if (success == null || operation.getResponses() == null) {
			return operation;
		}
		ApiResponses responses = operation.getResponses();
		ApiResponse derived = responses.remove("200");
		var answers = new ApiResponses();
		int[] statuses = success.value();
		for (int i = 0; i < statuses.length; i++) {
			int status = statuses[i];
			String description = i < success.descriptions().length ? success.descriptions()[i]
					: HttpStatus.valueOf(status).getReasonPhrase();
			var response = new ApiResponse().description(description);
			if (status != 204 && derived != null) {
				response.content(derived.getContent()).headers(derived.getHeaders());
			}
			answers.addApiResponse(String.valueOf(status), response);
		}
		responses.forEach(answers::addApiResponse);
		return operation.responses(answers);
	}
}

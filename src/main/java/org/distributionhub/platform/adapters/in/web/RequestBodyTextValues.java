package org.distributionhub.platform.adapters.in.web;

import org.distributionhub.platform.problems.TextValues;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON bodies of requests with the application's mapper plus {@link TextValues}: a text value with a
 * control character is a 400 naming its path. Only request bodies: events, ERP answers and files written keep the
 * plain mapper.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestBodyTextValues implements ServerHttpMessageConvertersCustomizer {

	private final JsonMapper json;

	RequestBodyTextValues(JsonMapper json) {
		this.json = json.rebuild().addModule(TextValues.module()).build();
	}

	@Override
	public void customize(HttpMessageConverters.ServerBuilder builder) {
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(json));
	}
}

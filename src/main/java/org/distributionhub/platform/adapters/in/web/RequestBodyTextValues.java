package org.distributionhub.platform.adapters.in.web;

import org.distributionhub.platform.problems.TextValues;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads the JSON bodies of requests strictly, with the application's mapper plus {@link TextValues}: a text value
 * with a control character, a field the request does not know, a key given twice and a number or true/false where
 * text belongs are each a 400 naming the field's path. A decimal written as text ("2.50") still reads as a number,
 * as the order API documents for prices. Only request bodies: events, ERP answers and files written keep the plain
 * mapper.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestBodyTextValues implements ServerHttpMessageConvertersCustomizer {

	private final JsonMapper json;

	RequestBodyTextValues(JsonMapper json) {
		this.json = json.rebuild()
			.addModule(TextValues.module())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual, text -> text
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.build();
	}

	@Override
	public void customize(HttpMessageConverters.ServerBuilder builder) {
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(json));
	}
}

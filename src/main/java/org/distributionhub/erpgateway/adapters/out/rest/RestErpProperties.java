package org.distributionhub.erpgateway.adapters.out.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.distributionhub.erpgateway.domain.PostingType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.erp.rest.*: where the ERP is, how long to wait for it, the headers every call carries (authentication), the
 * header that carries our reference, and per posting type the create URL, its JSON body template and the look-up URL.
 * Templates use ${idempotencyKey}, ${businessKey}, ${sequence}, ${type} and, in bodies, ${payload} (inserted as JSON).
 */
@ConfigurationProperties("hub.erp.rest")
record RestErpProperties(@Nullable URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("X-Hub-Reference") String referenceHeader,
		@Nullable Map<String, String> headers, @Nullable Map<PostingType, Endpoint> postings) {

	RestErpProperties {
		headers = headers == null ? Map.of() : Map.copyOf(headers);
		postings = postings == null ? Map.of() : Map.copyOf(postings);
	}

	/**
	 * One posting type: POST {@code url} with {@code body}; GET {@code lookupUrl} answers the document(s) carrying our
	 * reference (an object or an array; empty or 404 when there is none); {@code referenceField} is the ERP's id in
	 * both answers.
	 */
	record Endpoint(String url, String body, String lookupUrl, @DefaultValue("id") String referenceField) {
	}
}

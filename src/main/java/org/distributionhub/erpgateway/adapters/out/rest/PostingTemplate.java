package org.distributionhub.erpgateway.adapters.out.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.domain.Posting;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/** Fills ${...} placeholders of configured URLs and bodies with a posting's values, escaped for where they go. */
final class PostingTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

	private PostingTemplate() {
	}

	/** A URL below the base URL; values are URL-encoded. */
	static URI url(URI baseUrl, String template, Posting posting) {
		String path = fill(template, posting, null, value -> URLEncoder.encode(value, StandardCharsets.UTF_8));
		String base = baseUrl.toString().replaceAll("/+$", "");
		return URI.create(path.startsWith("http://") || path.startsWith("https://") ? path
				: base + (path.startsWith("/") ? "" : "/") + path);
	}

	/** A JSON body: text values are escaped for JSON strings (the template puts the quotes), the payload is JSON. */
	static String body(String template, Posting posting, JsonMapper json, PostingPayloadJson payloads) {
		return fill(template, posting, payloads, value -> {
			String quoted = json.writeValueAsString(value);
			return quoted.substring(1, quoted.length() - 1);
		});
	}

	/** {@code payloads} writes the payload where the template allows it (bodies); null where it does not (URLs). */
	private static String fill(String template, Posting posting, @Nullable PostingPayloadJson payloads,
			UnaryOperator<String> escape) {
		var values = Map.of("idempotencyKey", posting.idempotencyKey(), "businessKey", posting.businessKey(),
				"sequence", Long.toString(posting.sequence()), "type", posting.type().name());
		Matcher matcher = PLACEHOLDER.matcher(template);
		var filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value;
			if (name.equals("payload") && payloads != null) {
				value = payloads.write(posting.payload());
			}
			else if (values.containsKey(name)) {
				value = escape.apply(values.get(name));
			}
			else {
				throw new IllegalArgumentException("Unknown placeholder ${" + name + "} in " + template);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}

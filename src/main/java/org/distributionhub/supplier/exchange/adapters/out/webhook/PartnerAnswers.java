package org.distributionhub.supplier.exchange.adapters.out.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Delivered;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Refused;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Retry;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.WebhookResult;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a partner's answer: its status decides the outcome, its body gives the reason. */
final class PartnerAnswers {

	private static final int MESSAGE_LIMIT = 500;

	private final JsonMapper json;

	PartnerAnswers(JsonMapper json) {
		this.json = json;
	}

	WebhookResult judge(HttpResponse<?> response, byte[] body) {
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return new Delivered(status);
		}
		String reason = clip("HTTP " + status + message(body).map(text -> ": " + text).orElse(""));
		if (status == 408 || status == 429 || status >= 500) {
			return new Retry(reason, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
		}
		return new Refused(reason);
	}

	/** The problem's detail or title, a JSON message or error, or else the body's text. */
	private Optional<String> message(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			JsonNode answer = json.readTree(text);
			for (String field : new String[] { "detail", "message", "error_description", "error", "title" }) {
				JsonNode value = answer.path(field);
				if (value.isValueNode() && !value.asString().isBlank()) {
					return Optional.of(value.asString().strip());
				}
			}
		}
		catch (JacksonException e) {
			// Not JSON, or cut off at the body limit: the text itself is the message.
		}
		return Optional.of(text.replaceAll("\\s+", " "));
	}

	/** Only the seconds form; a date is ignored and the backoff applies. */
	private static @Nullable Duration retryAfter(@Nullable String header) {
		if (header == null || !header.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Duration.ofSeconds(Long.parseLong(header.strip()));
	}

	private static String clip(String text) {
		return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 3) + "...";
	}
}

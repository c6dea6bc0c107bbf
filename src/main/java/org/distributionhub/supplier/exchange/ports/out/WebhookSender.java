package org.distributionhub.supplier.exchange.ports.out;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** Posts a message to a partner's webhook once and says whether it arrived, may be tried again, or was refused. */
public interface WebhookSender {

	WebhookResult post(WebhookRequest request);

	/** The idempotency key lets the partner recognise a message it has already taken in. */
	record WebhookRequest(URI url, String contentType, byte[] body, String idempotencyKey, String correlationId) {
	}

	/** What the partner answered. */
	sealed interface WebhookResult {
	}

	/** A 2xx answer: the partner has the message. */
	record Delivered(int status) implements WebhookResult {
	}

	/** No answer, 408, 429 or 5xx: worth another attempt, not before {@code retryAfter} when the partner said so. */
	record Retry(String reason, @Nullable Duration retryAfter) implements WebhookResult {
	}

	/** Any other answer: the partner will not take this message as it is. */
	record Refused(String reason) implements WebhookResult {
	}
}

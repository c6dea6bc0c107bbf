package org.distributionhub.supplier.exchange.adapters.out.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.platform.correlation.OutboundHttp;
import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts with the JDK HTTP client, redirects not followed, the whole exchange bounded by
 * hub.supplier.webhook.timeout. 2xx is delivered; no answer, 408, 429 and 5xx are worth another attempt; any other
 * answer is a refusal, with the partner's message (a problem's detail, a JSON message or the start of the body).
 * The client (and with it the JDK's TLS set-up) is built on the first post, not while the hub starts. Each post is
 * observed as {@value #OBSERVATION}: a client span whose W3C trace context goes with the request.
 */
@Component
class HttpWebhookSender implements WebhookSender {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String OBSERVATION = "hub.supplier.webhook.calls";

	private static final int BODY_LIMIT = 4096;

	private final SingletonSupplier<HttpClient> client;
	private final Duration timeout;
	private final PartnerAnswers answers;
	private final ObservationRegistry observations;

	HttpWebhookSender(SupplierProperties properties, JsonMapper json, ObservationRegistry observations) {
		this.observations = observations;
		this.timeout = properties.webhook().timeout();
		this.answers = new PartnerAnswers(json);
		this.client = SingletonSupplier.of(() -> HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	@Override
	public WebhookResult post(WebhookRequest request) {
		HttpRequest.Builder http;
		try {
			http = HttpRequest.newBuilder(request.url())
				.timeout(timeout)
				.header("Content-Type", request.contentType())
				.header("Accept", "application/json, application/problem+json")
				.header(IDEMPOTENCY_KEY, request.idempotencyKey())
				.header(Correlation.HEADER, request.correlationId())
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
		}
		catch (IllegalArgumentException e) {
			return new Refused("The webhook URL " + request.url() + " cannot be called: " + e.getMessage());
		}
		var observation = OutboundHttp.start(observations, OBSERVATION, "POST", request.url(), http);
		try {
			WebhookResult result = send(request, http.build());
			observation.lowCardinalityKeyValue("outcome", result.getClass().getSimpleName().toLowerCase(Locale.ROOT));
			return result;
		}
		finally {
			observation.stop();
		}
	}

	private WebhookResult send(WebhookRequest request, HttpRequest http) {
		var body = new ByteArrayOutputStream();
		CompletableFuture<HttpResponse<Void>> exchange = client.obtain().sendAsync(http,
				HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> keep(body, bytes))));
		try {
			HttpResponse<Void> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return answers.judge(response, body.toByteArray());
		}
		catch (TimeoutException e) {
			exchange.cancel(true);
			return new Retry("No answer from " + request.url() + " within " + timeout.toMillis() + " ms", null);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof HttpTimeoutException) {
				// The client's own request timeout (the same duration) can fire a moment before ours.
				return new Retry("No answer from " + request.url() + " within " + timeout.toMillis() + " ms", null);
			}
			return notReached(request, e.getCause());
		}
		catch (CancellationException e) {
			return new Retry("The call to " + request.url() + " was cancelled", null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			exchange.cancel(true);
			return new Retry("Interrupted while calling " + request.url(), null);
		}
	}

	private static WebhookResult notReached(WebhookRequest request, Throwable cause) {
		if (cause instanceof ConnectException) {
			return new Retry("Could not connect to " + request.url() + ": " + describe(cause), null);
		}
		if (cause instanceof IOException) {
			return new Retry("The call to " + request.url() + " broke off: " + describe(cause), null);
		}
		return new Refused("The webhook URL " + request.url() + " cannot be called: " + describe(cause));
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}

	/** Keeps the start of the answer only: a partner's error message, never a whole page. */
	private static void keep(ByteArrayOutputStream body, byte[] bytes) {
		int room = BODY_LIMIT - body.size();
		if (room > 0) {
			body.write(bytes, 0, Math.min(room, bytes.length));
		}
	}
}

package org.distributionhub.platform.correlation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;

/**
 * A call made with the JDK's HTTP client, observed like the calls of Spring's RestClient: a client span whose W3C
 * {@code traceparent} goes on the request, and a timer named after the call.
 */
public final class OutboundHttp {

	private OutboundHttp() {
	}

	/**
	 * Starts the observation of a call about to be built from {@code request}: the trace headers are set on it now.
	 * The caller stops the observation once the answer is in (or records its error first).
	 */
	public static Observation start(ObservationRegistry registry, String name, String method, URI uri,
			HttpRequest.Builder request) {
		var context = new SenderContext<HttpRequest.Builder>((carrier, key, value) -> {
			if (carrier != null) {
				carrier.setHeader(key, value);
			}
		}, Kind.CLIENT);
		context.setCarrier(request);
		context.setRemoteServiceAddress(uri.getScheme() + "://" + uri.getAuthority());
		return Observation.createNotStarted(name, () -> context, registry)
			.contextualName("http " + method.toLowerCase(Locale.ROOT))
			.lowCardinalityKeyValue("method", method)
			.lowCardinalityKeyValue("host", String.valueOf(uri.getHost()))
			.highCardinalityKeyValue("http.url", uri.getScheme() + "://" + uri.getAuthority() + uri.getPath())
			.start();
	}
}

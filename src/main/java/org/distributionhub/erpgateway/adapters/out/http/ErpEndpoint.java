package org.distributionhub.erpgateway.adapters.out.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.jspecify.annotations.Nullable;

/**
 * An ERP's base URL as configured, checked when it is used rather than at start: a missing or malformed URL is a
 * configuration problem the health check and every posting report, not a start that fails with a stack trace.
 */
public final class ErpEndpoint {

	private final @Nullable URI base;
	private final String problem;

	private ErpEndpoint(@Nullable URI base, String problem) {
		this.base = base;
		this.problem = problem;
	}

	/** {@code setting} names the property, for the message when the URL is missing or malformed. */
	public static ErpEndpoint of(@Nullable String url, String setting) {
		if (url == null || url.isBlank()) {
			return new ErpEndpoint(null, setting + " is not set");
		}
		try {
			var uri = new URI(url.strip().replaceAll("/+$", ""));
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
				return new ErpEndpoint(null, setting + " '" + url + "' is not an http(s) URL with a host");
			}
			return new ErpEndpoint(uri, "");
		}
		catch (URISyntaxException e) {
			return new ErpEndpoint(null, setting + " '" + url + "' is not a URL: " + e.getReason());
		}
	}

	/** The URL of a path below the base; a configuration problem ends the call as a transient failure. */
	public URI resolve(String path) {
		if (base == null) {
			throw ErpCallFailed.temporary("ERP not configured: " + problem, "config");
		}
		return URI.create(base + (path.startsWith("/") ? path : "/" + path));
	}

	public boolean isConfigured() {
		return base != null;
	}

	public String problem() {
		return problem;
	}

	@Override
	public String toString() {
		return base == null ? "(not configured)" : base.toString();
	}

	/** A path segment or query value, percent-encoded (spaces as %20). */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}

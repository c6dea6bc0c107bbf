package org.distributionhub.platform.adapters.in.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.distributionhub.platform.api.DeprecatedApi;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * What a deprecated operation says in its headers (ADR 0020): {@code Deprecation} as an RFC 9745 date
 * ({@code @} and epoch seconds), {@code Sunset} as an RFC 8594 HTTP-date, and the successor as a {@code Link}.
 */
record DeprecationNotice(LocalDate since, LocalDate sunset, String successor) {

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	DeprecationNotice {
		if (!sunset.isAfter(since)) {
			throw new IllegalArgumentException("A sunset (" + sunset + ") comes after the deprecation (" + since + ")");
		}
	}

	/** The notice of a handler method, from its own annotation or its controller's; null when it is not deprecated. */
	static @Nullable DeprecationNotice of(HandlerMethod handler) {
		DeprecatedApi annotation = handler.getMethodAnnotation(DeprecatedApi.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), DeprecatedApi.class);
		}
		return annotation == null ? null
				: new DeprecationNotice(LocalDate.parse(annotation.since()), LocalDate.parse(annotation.sunset()),
						annotation.successor());
	}

	String deprecationHeader() {
		return "@" + since.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
	}

	String sunsetHeader() {
		return HTTP_DATE.format(sunset.atStartOfDay(ZoneOffset.UTC));
	}

	@Nullable String linkHeader() {
		return successor.isBlank() ? null : "<" + successor + ">; rel=\"successor-version\"";
	}

	/** One sentence for the operation's description in the OpenAPI document. */
	String sentence() {
		return "Deprecated since " + since + "; sunset on " + sunset
				+ (successor.isBlank() ? "." : "; use " + successor + " instead.");
	}
}

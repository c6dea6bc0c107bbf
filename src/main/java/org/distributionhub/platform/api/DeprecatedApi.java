package org.distributionhub.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation (or every operation of a controller) as deprecated under the versioning policy (ADR 0020):
 * each answer carries {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and a {@code Link} to the successor,
 * and the OpenAPI document marks the operation deprecated. Dates are ISO dates, read as midnight UTC.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface DeprecatedApi {

	/** The day the operation was deprecated, e.g. {@code 2027-01-15}. */
	String since();

	/** The day after which it may answer 410 or be gone, at least six months after {@link #since()}. */
	String sunset();

	/** The path of the operation that replaces it, e.g. {@code /api/v2/orders}; empty when there is none. */
	String successor() default "";
}

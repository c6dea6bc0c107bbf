package org.distributionhub.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The success statuses an operation answers when it is not a plain 200, for the API contract: 201 when it created
 * something, 202 when it accepted work it does later, 204 when it answers no body, and 200 beside them when the same
 * request can also find the work already done (a repeat). The first status is the usual answer. Only documents; the
 * controller's ResponseEntity stays what answers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersSuccess {

	/** The HTTP statuses, the usual one first. */
	int[] value();

	/** What each status means, in the order of {@link #value()}; a standard phrase where missing. */
	String[] descriptions() default {};
}

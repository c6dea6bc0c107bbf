package org.distributionhub.platform.problems;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem statuses a controller's operations answer beyond those the API contract derives from each operation's
 * shape (401 and 403 always; 400 with parameters or a body; 404 with a path variable; 409 for a change; 413, 415
 * and 422 with a body): a throttled partner API's 429, an intake's 503. Only documents; answers stay the advices'.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface AnswersProblems {

	/** The further HTTP statuses, each answered as a problem. */
	int[] value();
}

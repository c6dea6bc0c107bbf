package org.distributionhub.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation (or the changes of a controller: every operation but GET, HEAD and OPTIONS) as intake, work
 * the hub takes in and hands to its event listeners. While the delivery backlog is past its limit (back-pressure,
 * hub.events.backpressure.*) intake answers 503 with Retry-After before anything is read or stored; reads, admin and
 * the console stay available.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Intake {
}

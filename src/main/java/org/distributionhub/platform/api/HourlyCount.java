package org.distributionhub.platform.api;

import java.time.Instant;

/** How many of something happened in the hour starting at {@code hour} (UTC). */
public record HourlyCount(Instant hour, long count) {
}

package org.distributionhub.console.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The recent failed sign-ins of one username or one client address, and until when sign-in is locked for it. */
public record FailedSignIns(List<Instant> failures, @Nullable Instant lockedUntil) {

	public FailedSignIns {
		failures = List.copyOf(failures);
	}

	public static FailedSignIns none() {
		return new FailedSignIns(List.of(), null);
	}
}

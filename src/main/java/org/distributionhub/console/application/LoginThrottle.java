package org.distributionhub.console.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.distributionhub.console.domain.FailedSignIns;
import org.distributionhub.console.domain.SignInThrottlePolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers recent failed sign-ins per username and per client address in memory, so each instance of the hub
 * throttles on its own and a restart forgets; spent entries are dropped once the maps grow.
 */
@Component
class LoginThrottle {

	static final int TIDY_ABOVE = 10_000;

	private final Map<String, FailedSignIns> byUsername = new ConcurrentHashMap<>();
	private final Map<String, FailedSignIns> byAddress = new ConcurrentHashMap<>();
	private final SignInThrottlePolicy perUsername;
	private final SignInThrottlePolicy perAddress;
	private final Clock clock;

	LoginThrottle(ConsoleProperties properties, Clock clock) {
		this.perUsername = properties.login().perUsername();
		this.perAddress = properties.login().perAddress();
		this.clock = clock;
	}

	/** How long sign-in stays locked for this username or this address, whichever is longer. */
	Optional<Duration> lockedFor(String username, String address) {
		var now = clock.instant();
		return longest(perUsername.lockedFor(history(byUsername, username), now),
				perAddress.lockedFor(history(byAddress, address), now));
	}

	/** Counts one failure for both and tells how long sign-in is locked now, and whether a lock began with it. */
	Failure recordFailure(String username, String address) {
		var now = clock.instant();
		boolean userWasLocked = perUsername.lockedFor(history(byUsername, username), now).isPresent();
		boolean addressWasLocked = perAddress.lockedFor(history(byAddress, address), now).isPresent();
		var user = byUsername.compute(username, (key, old) -> perUsername.afterFailure(orNone(old), now));
		var client = byAddress.compute(address, (key, old) -> perAddress.afterFailure(orNone(old), now));
		tidy(now);
		var userLock = perUsername.lockedFor(user, now);
		var addressLock = perAddress.lockedFor(client, now);
		return new Failure(longest(userLock, addressLock), !userWasLocked && userLock.isPresent(),
				!addressWasLocked && addressLock.isPresent());
	}

	void reset(String username, String address) {
		byUsername.remove(username);
		byAddress.remove(address);
	}

	/** Until when failed sign-ins lock this username, if they do. */
	Optional<Instant> lockedUntil(String username) {
		var now = clock.instant();
		return perUsername.lockedFor(history(byUsername, username), now).map(now::plus);
	}

	/** Forgets the username's failed sign-ins; true when they locked it. */
	boolean unlock(String username) {
		var history = byUsername.remove(username);
		return history != null && perUsername.lockedFor(history, clock.instant()).isPresent();
	}

	private void tidy(Instant now) {
		if (byUsername.size() > TIDY_ABOVE) {
			byUsername.values().removeIf(history -> perUsername.isSpent(history, now));
		}
		if (byAddress.size() > TIDY_ABOVE) {
			byAddress.values().removeIf(history -> perAddress.isSpent(history, now));
		}
	}

	private static FailedSignIns history(Map<String, FailedSignIns> map, String key) {
		return orNone(map.get(key));
	}

	private static FailedSignIns orNone(@Nullable FailedSignIns history) {
		return history == null ? FailedSignIns.none() : history;
	}

	private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
		return Stream.of(a, b).flatMap(Optional::stream).max(Duration::compareTo);
	}

	/** One more failure: how long sign-in is locked now, and whether the username's or the address' lock began. */
	record Failure(Optional<Duration> lockedFor, boolean usernameLockBegan, boolean addressLockBegan) {
	}
}

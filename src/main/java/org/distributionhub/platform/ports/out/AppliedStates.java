package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Per listener and business object, the newest state version the listener applied; written inside the listener's own
 * transaction, so it commits with the listener's work or not at all.
 */
public interface AppliedStates {

	/**
	 * Records {@code version} as applied when it is newer than the one recorded (or none is) and returns empty; else
	 * returns what was applied, unchanged. Concurrent calls for the same listener and object take turns.
	 */
	Optional<Applied> advance(String listener, String object, long version, UUID eventId, Instant at);

	/** Records that a delivery was acknowledged without applying the object's older state. */
	void recordSuperseded(Superseded superseded);

	/** For each (listener id, event id) given, what the delivery left unapplied as superseded, in words. */
	Map<Delivery, String> supersededOf(Collection<Delivery> deliveries);

	int forgetOlderThan(Instant instant);

	/** The version a listener applied of an object, and the event that stated it. */
	record Applied(long version, UUID eventId) {
	}

	record Superseded(String listenerId, UUID eventId, String object, long version, Applied applied, Instant at) {
	}

	record Delivery(String listenerId, UUID eventId) {
	}
}

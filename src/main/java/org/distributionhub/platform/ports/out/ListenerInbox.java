package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.UUID;

/** Remembers which events each listener has applied, inside the listener's own transaction. */
public interface ListenerInbox {

	/** True the first time this listener sees this event; false when it was applied already. */
	boolean claim(String listenerId, UUID eventId);

	int forgetOlderThan(Instant instant);
}

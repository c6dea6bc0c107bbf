package org.distributionhub.platform.application;

import java.time.Clock;

import org.distributionhub.platform.ports.out.ListenerInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgets inbox entries older than the retention, long after any redelivery of their events could arrive. */
@Service
class InboxHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(InboxHousekeeping.class);

	private final ListenerInbox inbox;
	private final EventDeliveryProperties properties;
	private final Clock clock;

	InboxHousekeeping(ListenerInbox inbox, EventDeliveryProperties properties, Clock clock) {
		this.inbox = inbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void forgetOldEntries() {
		int removed = inbox.forgetOlderThan(clock.instant().minus(properties.inbox().retention()));
		if (removed > 0) {
			LOG.info("Forgot {} inbox entries older than {}", removed, properties.inbox().retention());
		}
	}
}

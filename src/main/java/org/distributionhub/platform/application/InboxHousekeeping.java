package org.distributionhub.platform.application;

import java.time.Clock;

import org.distributionhub.platform.ports.out.AppliedStates;
import org.distributionhub.platform.ports.out.ListenerInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets inbox entries and applied state versions older than the retention, long after any redelivery of their events
 * could arrive.
 */
@Service
class InboxHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(InboxHousekeeping.class);

	private final ListenerInbox inbox;
	private final AppliedStates appliedStates;
	private final EventDeliveryProperties properties;
	private final Clock clock;

	InboxHousekeeping(ListenerInbox inbox, AppliedStates appliedStates, EventDeliveryProperties properties,
			Clock clock) {
		this.inbox = inbox;
		this.appliedStates = appliedStates;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void forgetOldEntries() {
		var before = clock.instant().minus(properties.inbox().retention());
		int removed = inbox.forgetOlderThan(before);
		int states = appliedStates.forgetOlderThan(before);
		if (removed + states > 0) {
			LOG.info("Forgot {} inbox entries and {} applied state versions older than {}", removed, states,
					properties.inbox().retention());
		}
	}
}

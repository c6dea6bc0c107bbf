package org.distributionhub.platform.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.FindEventActivity;
import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.platform.ports.out.PublicationActivity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads how busy the event backbone was and what it still has to deliver. */
@Service
@Transactional(readOnly = true)
class EventActivityService implements FindEventActivity {

	private final PublicationActivity activity;

	EventActivityService(PublicationActivity activity) {
		this.activity = activity;
	}

	@Override
	public List<HourlyCount> publishedPerHour(Instant from, Instant to) {
		return activity.publishedPerHour(from, to);
	}

	@Override
	public EventBacklog backlog() {
		return activity.backlog();
	}
}

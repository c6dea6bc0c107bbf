package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.FindEventActivity.EventBacklog;
import org.distributionhub.platform.api.HourlyCount;

/** Counts over the publication registry and its archive, on indexed time ranges. */
public interface PublicationActivity {

	List<HourlyCount> publishedPerHour(Instant from, Instant to);

	EventBacklog backlog();
}

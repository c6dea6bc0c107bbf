package org.distributionhub.erpgateway.api;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.HourlyCount;

/** How many postings the ledger took in per hour. */
public interface FindPostingActivity {

	/** Postings recorded per hour from {@code from} up to {@code to}, hours without any left out. */
	List<HourlyCount> recordedPerHour(Instant from, Instant to);
}

package org.distributionhub.erpgateway.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.HourlyCount;

/** Counts over the posting ledger by time. */
public interface PostingActivity {

	List<HourlyCount> recordedPerHour(Instant from, Instant to);
}

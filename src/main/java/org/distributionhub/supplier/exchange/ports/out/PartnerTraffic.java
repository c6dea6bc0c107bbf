package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.supplier.api.FindPartnerTraffic.ParkedWeek;

/** Counts over received messages, the partner outbox and parked documents by time. */
public interface PartnerTraffic {

	List<HourlyCount> receivedPerHour(Instant from, Instant to);

	List<HourlyCount> sentPerHour(Instant from, Instant to);

	List<ParkedWeek> parkedPerWeek(Instant from);

	Map<String, Long> openParked();
}

package org.distributionhub.supplier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.api.HourlyCount;

/** How many partner messages came in and went out per hour, and how many documents were parked per supplier. */
public interface FindPartnerTraffic {

	/**
	 * Messages received (every channel, test traffic too) per hour from {@code from} up to {@code to}, hours without
	 * any left out.
	 */
	List<HourlyCount> receivedPerHour(Instant from, Instant to);

	/** Documents written for partners (purchase orders, 997s, TA1s, CONTRLs) per hour from {@code from} to {@code to}. */
	List<HourlyCount> sentPerHour(Instant from, Instant to);

	/** Documents parked per supplier and week (from Monday, UTC) since {@code from}. */
	List<ParkedWeek> parkedPerWeek(Instant from);

	/** Documents still parked, per supplier. */
	Map<String, Long> openParked();

	/** How many documents of a supplier were parked in the week starting on {@code week}. */
	record ParkedWeek(String supplierId, LocalDate week, long parked) {
	}
}

package org.distributionhub.supplier.exchange.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.supplier.api.FindPartnerTraffic;
import org.distributionhub.supplier.exchange.ports.out.PartnerTraffic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads how much partners sent and were sent over time, and what was parked. */
@Service
@Transactional(readOnly = true)
class PartnerTrafficQueries implements FindPartnerTraffic {

	private final PartnerTraffic traffic;

	PartnerTrafficQueries(PartnerTraffic traffic) {
		this.traffic = traffic;
	}

	@Override
	public List<HourlyCount> receivedPerHour(Instant from, Instant to) {
		return traffic.receivedPerHour(from, to);
	}

	@Override
	public List<HourlyCount> sentPerHour(Instant from, Instant to) {
		return traffic.sentPerHour(from, to);
	}

	@Override
	public List<ParkedWeek> parkedPerWeek(Instant from) {
		return traffic.parkedPerWeek(from);
	}

	@Override
	public Map<String, Long> openParked() {
		return traffic.openParked();
	}
}

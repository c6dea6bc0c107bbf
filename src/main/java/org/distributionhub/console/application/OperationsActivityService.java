package org.distributionhub.console.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.distributionhub.console.ports.in.FindOperationsActivity;
import org.distributionhub.console.ports.out.OperationsSamples;
import org.distributionhub.console.ports.out.OperationsSamples.BacklogSample;
import org.distributionhub.console.ports.in.SupplierScorecard;
import org.distributionhub.erpgateway.api.FindPostingActivity;
import org.distributionhub.platform.api.FindEventActivity;
import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.supplier.api.FindPartnerTraffic;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Puts the modules' hourly counts side by side, thins the backlog samples and builds the scorecards. */
@Service
class OperationsActivityService implements FindOperationsActivity {

	/** An hour counts as settled this long after its end (a transaction may commit a row a little later). */
	static final Duration SETTLE = Duration.ofMinutes(5);
	static final Duration KEPT = Duration.ofDays(8);

	private final FindPartnerTraffic partners;
	private final FindEventActivity events;
	private final FindPostingActivity postings;
	private final OperationsSamples samples;
	private final Scorecards scorecards;
	private final Clock clock;
	/** Hours that ended a while ago do not change: counted once, then kept here (the week's chart asks for 168). */
	private final ConcurrentSkipListMap<Instant, HourPoint> settledHours = new ConcurrentSkipListMap<>();

	OperationsActivityService(FindPartnerTraffic partners, FindEventActivity events, FindPostingActivity postings,
			OperationsSamples samples, Scorecards scorecards, Clock clock) {
		this.partners = partners;
		this.events = events;
		this.postings = postings;
		this.samples = samples;
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@Override
	public Throughput throughput(Duration range) {
		Instant now = clock.instant();
		Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
		Instant from = to.minus(range.toHours(), ChronoUnit.HOURS);
		Instant settled = now.minus(SETTLE).truncatedTo(ChronoUnit.HOURS);
		Instant queryFrom = from;
		while (queryFrom.isBefore(settled) && settledHours.containsKey(queryFrom)) {
			queryFrom = queryFrom.plus(1, ChronoUnit.HOURS);
		}
		var messagesIn = byHour(partners.receivedPerHour(queryFrom, to));
		var messagesOut = byHour(partners.sentPerHour(queryFrom, to));
		var publications = byHour(events.publishedPerHour(queryFrom, to));
		var erpPostings = byHour(postings.recordedPerHour(queryFrom, to));
		List<HourPoint> hours = new ArrayList<>();
		for (Instant hour = from; hour.isBefore(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
			HourPoint point = hour.isBefore(queryFrom) ? settledHours.get(hour)
					: new HourPoint(hour, messagesIn.getOrDefault(hour, 0L), messagesOut.getOrDefault(hour, 0L),
							publications.getOrDefault(hour, 0L), erpPostings.getOrDefault(hour, 0L));
			if (hour.isBefore(settled)) {
				settledHours.put(hour, point);
			}
			hours.add(point);
		}
		settledHours.headMap(to.minus(KEPT)).clear();
		return new Throughput(from, to, hours);
	}

	private static Map<Instant, Long> byHour(List<HourlyCount> counts) {
		Map<Instant, Long> byHour = new LinkedHashMap<>();
		counts.forEach(count -> byHour.merge(count.hour(), count.count(), Long::sum));
		return byHour;
	}

	@Override
	public List<BacklogPoint> backlog(Duration range, Duration step) {
		long stepSeconds = Math.max(60, step.toSeconds());
		List<BacklogPoint> points = new ArrayList<>();
		BacklogPoint current = null;
		for (BacklogSample sample : samples.since(clock.instant().minus(range))) {
			BacklogPoint point = point(sample);
			Instant slot = Instant.ofEpochSecond(Math.floorDiv(point.at().getEpochSecond(), stepSeconds) * stepSeconds);
			if (current != null && current.at().equals(slot)) {
				current = larger(current, point);
				points.set(points.size() - 1, current);
			}
			else {
				current = larger(new BacklogPoint(slot, 0, null, 0, 0, null), point);
				points.add(current);
			}
		}
		return points;
	}

	private static BacklogPoint point(BacklogSample sample) {
		return new BacklogPoint(sample.at(), sample.incompletePublications(),
				age(sample.at(), sample.oldestPublicationAt()), sample.unsentPostings(), sample.parkedPostings(),
				age(sample.at(), sample.oldestUnsentPostingAt()));
	}

	private static @Nullable Long age(Instant at, @Nullable Instant oldest) {
		return oldest == null ? null : Math.max(0, at.getEpochSecond() - oldest.getEpochSecond());
	}

	private static BacklogPoint larger(BacklogPoint kept, BacklogPoint next) {
		return new BacklogPoint(kept.at(), Math.max(kept.incompletePublications(), next.incompletePublications()),
				max(kept.oldestPublicationAgeSeconds(), next.oldestPublicationAgeSeconds()),
				Math.max(kept.unsentPostings(), next.unsentPostings()),
				Math.max(kept.parkedPostings(), next.parkedPostings()),
				max(kept.oldestPostingAgeSeconds(), next.oldestPostingAgeSeconds()));
	}

	private static @Nullable Long max(@Nullable Long a, @Nullable Long b) {
		return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
	}

	@Override
	public List<SupplierScorecard> scorecards(int weeks) {
		return scorecards.all(weeks);
	}

	@Override
	public Optional<SupplierScorecard> scorecard(String supplierId, int weeks) {
		return scorecards.all(weeks).stream().filter(card -> card.supplierId().equals(supplierId)).findFirst();
	}
}

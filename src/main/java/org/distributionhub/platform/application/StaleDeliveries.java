package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.distributionhub.platform.domain.TakeoverRule;
import org.distributionhub.platform.ports.out.HubNodes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which in-flight publications the staleness monitor may mark failed and resubmit (docs/adr/0024). Staleness counts
 * from when a delivery started, not from when the event was published: a publication this run delivers is stale only
 * once its delivery has run longer than the limit, so a backlog queued in memory is never marked stale before it ran.
 * A live run's publications are its own to judge; those of dead runs (which recovery takes over) and unstamped ones
 * keep Spring Modulith's rule, from their publication, as the safety net. One of this run whose delivery ended here
 * without completing it and that is still in flight a while later lost its FAILED mark (the database was away when it
 * was to be written): it is stale too, or it would wait for the next start, and that {@link #MARK_GRACE} after its
 * delivery ended even when it was published within the limit. One of this run that never started although it was
 * published {@link #NEVER_STARTED_FACTOR} limits ago was never handed to a listener thread (refused by a full queue,
 * or its dispatch failed): it is stale as well, with a warning, since back-pressure keeps a healthy queue far younger.
 */
@Component
public class StaleDeliveries {

	private final DeliveriesInProgress deliveries;
	private final NodeMembership membership;
	private final HubNodes nodes;
	private final TakeoverRule rule;
	private final Clock clock;

	/** How long after its delivery ended a publication still in flight is taken to have lost its FAILED mark. */
	public static final Duration MARK_GRACE = Duration.ofSeconds(30);

	/** A publication of this run not started this many staleness limits after it was published was never dispatched. */
	static final int NEVER_STARTED_FACTOR = 10;

	private static final Logger LOG = LoggerFactory.getLogger(StaleDeliveries.class);

	/** How long the ended deliveries are remembered beyond the limit. */
	private static final Duration REMEMBER_ENDED = Duration.ofHours(1);

	StaleDeliveries(DeliveriesInProgress deliveries, NodeMembership membership, HubNodes nodes,
			EventRecoveryProperties recovery, Clock clock) {
		this.deliveries = deliveries;
		this.membership = membership;
		this.nodes = nodes;
		this.rule = new TakeoverRule(recovery.nodeTimeout());
		this.clock = clock;
	}

	/**
	 * How far back the publications to judge were published: the limit, or the grace after which one of this run
	 * that lost its FAILED mark is stale, when that is shorter.
	 */
	public static Duration lookBack(Duration limit) {
		return limit.compareTo(MARK_GRACE) < 0 ? limit : MARK_GRACE;
	}

	/**
	 * Those of the candidates (published more than {@link #lookBack(Duration)} ago) that are stale.
	 */
	public Set<UUID> staleAmong(Collection<InFlight> candidates, Duration limit) {
		var stale = new LinkedHashSet<UUID>();
		Instant now = clock.instant();
		deliveries.forgetEndedBefore(now.minus(limit).minus(REMEMBER_ENDED));
		if (candidates.isEmpty()) {
			return stale;
		}
		var self = membership.run();
		Instant limitAgo = now.minus(limit);
		Instant endedBefore = now.minus(MARK_GRACE);
		Instant publishedBefore = now.minus(limit.multipliedBy(NEVER_STARTED_FACTOR));
		Set<UUID> others = candidates.stream()
			.map(InFlight::ownerRun)
			.filter(run -> run != null && !run.equals(self.runId()))
			.collect(Collectors.toSet());
		Set<UUID> dead = Set.of();
		if (!others.isEmpty()) {
			var beats = nodes.beats();
			dead = rule.deadRuns(others, beats.nodes(), beats.now(), self);
		}
		for (InFlight candidate : candidates) {
			UUID owner = candidate.ownerRun();
			if (owner == null || dead.contains(owner)) {
				if (candidate.publishedAt().isBefore(limitAgo)) {
					stale.add(candidate.id());
				}
			}
			else if (owner.equals(self.runId())) {
				Instant since = deliveries.runningSince(candidate.id());
				Instant ended = deliveries.endedUncompleted(candidate.id());
				if (since != null && since.isBefore(limitAgo)
						|| since == null && ended != null && ended.isBefore(endedBefore)) {
					stale.add(candidate.id());
				}
				else if (since == null && ended == null && candidate.publishedAt().isBefore(publishedBefore)) {
					LOG.warn("Publication {} was published at {} and never started on this hub: taken as stale",
							candidate.id(), candidate.publishedAt());
					stale.add(candidate.id());
				}
			}
		}
		return stale;
	}

	/** The publication's FAILED mark was written or it was claimed again: see {@link DeliveriesInProgress}. */
	public void outcomeWritten(UUID publicationId) {
		deliveries.outcomeWritten(publicationId);
	}

	/** A publication not completed, with the run that delivers it (null: not stamped) and when it was published. */
	public record InFlight(UUID id, @Nullable UUID ownerRun, Instant publishedAt) {
	}
}

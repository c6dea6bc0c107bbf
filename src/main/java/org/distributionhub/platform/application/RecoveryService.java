package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.UUID;

import org.distributionhub.platform.domain.RetryPolicy;
import org.distributionhub.platform.domain.TakeoverRule;
import org.distributionhub.platform.ports.in.RecoverInterruptedDeliveries;
import org.distributionhub.platform.ports.out.HubNodes;
import org.distributionhub.platform.ports.out.InterruptedPublications;
import org.distributionhub.platform.ports.out.InterruptedPublications.ClaimedPublication;
import org.distributionhub.platform.ports.out.PromptResubmission;
import org.distributionhub.platform.ports.out.PublicationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes over what dead runs were delivering and delivers it again at once: each taken publication is marked FAILED
 * with its interrupted attempt in the ledger, then resubmitted through the retry path's claim (so attempts count on
 * and the attempt limit holds; an exhausted one is left to the retry round, which dead-letters it).
 */
@Service
class RecoveryService implements RecoverInterruptedDeliveries {

	private static final Logger LOG = LoggerFactory.getLogger(RecoveryService.class);

	private final NodeMembership membership;
	private final HubNodes nodes;
	private final InterruptedPublications interrupted;
	private final PromptResubmission resubmission;
	private final PublicationRegistry registry;
	private final TakeoverRule rule;
	private final RetryPolicy policy;
	private final EventRecoveryProperties properties;
	private final Clock clock;

	RecoveryService(NodeMembership membership, HubNodes nodes, InterruptedPublications interrupted,
			PromptResubmission resubmission, PublicationRegistry registry, EventRecoveryProperties properties,
			EventDeliveryProperties delivery, Clock clock) {
		this.membership = membership;
		this.nodes = nodes;
		this.interrupted = interrupted;
		this.resubmission = resubmission;
		this.registry = registry;
		this.rule = new TakeoverRule(properties.nodeTimeout());
		this.policy = delivery.retry().policy();
		this.properties = properties;
		this.clock = clock;
	}

	/** One pass at a time in this process: the pass at start and the periodic ones must not claim side by side. */
	@Override
	public synchronized Recovery recover() {
		var self = membership.run();
		var beats = nodes.beats();
		int takenOver = 0;
		int resubmitted = 0;
		int deadLettered = 0;
		for (UUID dead : rule.deadRuns(interrupted.runsInFlight(), beats.nodes(), beats.now(), self)) {
			String whose = describe(dead, beats);
			var claimed = interrupted.claim(dead, rule.aliveSince(beats.now()),
					"The delivery was cut off: " + whose + " stopped before it finished. Taken over by node "
							+ self.nodeId() + ".",
					clock.instant());
			if (claimed.isEmpty()) {
				continue;
			}
			takenOver += claimed.size();
			var again = new LinkedHashSet<UUID>();
			Instant newest = Instant.EPOCH;
			for (ClaimedPublication publication : claimed) {
				if (!policy.isExhausted(publication.attempts())) {
					again.add(publication.id());
					newest = publication.publishedAt().isAfter(newest) ? publication.publishedAt() : newest;
				}
			}
			var unreadable = new LinkedHashMap<UUID, String>();
			if (!again.isEmpty()) {
				resubmission.resubmitNow(again, newest, unreadable::put);
			}
			deadLettered += deadLetter(unreadable);
			resubmitted += again.size() - unreadable.size();
			LOG.info("Took over {} delivery(ies) of {}: {} resubmitted at once, {} left to the retry round", claimed.size(),
					whose, again.size() - unreadable.size(), claimed.size() - again.size());
		}
		int forgotten = nodes.forgetSilentSince(beats.now().minus(properties.forgetNodesAfter()));
		if (forgotten > 0) {
			LOG.info("Forgot {} node(s) silent for more than {}", forgotten, properties.forgetNodesAfter());
		}
		return new Recovery(takenOver, resubmitted, deadLettered);
	}

	private int deadLetter(LinkedHashMap<UUID, String> unreadable) {
		int moved = 0;
		for (var entry : unreadable.entrySet()) {
			if (registry.deadLetterUnreadable(entry.getKey(), entry.getValue())) {
				moved++;
				LOG.warn("Dead-lettered publication {}: {}", entry.getKey(), entry.getValue());
			}
		}
		return moved;
	}

	private static String describe(UUID run, HubNodes.Beats beats) {
		return beats.nodes()
			.stream()
			.filter(node -> node.runId().equals(run))
			.findFirst()
			.map(node -> "run " + run + " of node " + node.nodeId() + " (last heartbeat " + node.heartbeatAt() + ")")
			.orElse("run " + run + " (its node has started again since, or is forgotten)");
	}
}

package org.distributionhub.platform.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.distributionhub.platform.domain.NodeBeat;
import org.distributionhub.platform.domain.NodeRun;
import org.distributionhub.platform.ports.out.HubNodes;
import org.distributionhub.platform.ports.out.InterruptedPublications;
import org.distributionhub.platform.ports.out.NodeIdentity;
import org.distributionhub.platform.ports.out.PromptResubmission;

/** The node table and the open publications in memory, with the claim's conditions, for the recovery tests. */
class InMemoryRecoveryTables implements HubNodes, InterruptedPublications, PromptResubmission, NodeIdentity {

	private static final Set<String> IN_FLIGHT = Set.of("PUBLISHED", "PROCESSING", "RESUBMITTED");

	final Map<String, NodeBeat> nodes = new LinkedHashMap<>();
	final Map<UUID, Open> publications = new LinkedHashMap<>();
	final List<String> ledger = new ArrayList<>();
	final List<UUID> resubmitted = new ArrayList<>();
	Instant now;
	String nodeId = "node-a";
	/** The run a resubmission stamps, as the retry path's claim does: the hub's own. */
	UUID resubmitter = UUID.randomUUID();

	InMemoryRecoveryTables(Instant now) {
		this.now = now;
	}

	/** An open publication: who delivers it, in which state, after how many attempts. */
	static final class Open {
		final UUID id = UUID.randomUUID();
		final Instant publishedAt;
		UUID owner;
		String status;
		int attempts;

		Open(UUID owner, String status, int attempts, Instant publishedAt) {
			this.owner = owner;
			this.status = status;
			this.attempts = attempts;
			this.publishedAt = publishedAt;
		}
	}

	Open open(UUID owner, String status, int attempts) {
		var publication = new Open(owner, status, attempts, now.minusSeconds(publications.size() + 1));
		publications.put(publication.id, publication);
		return publication;
	}

	@Override
	public String nodeId() {
		return nodeId;
	}

	@Override
	public String host() {
		return "test host";
	}

	@Override
	public void register(NodeRun run, String host) {
		nodes.put(run.nodeId(), new NodeBeat(run.nodeId(), run.runId(), now));
	}

	@Override
	public boolean beat(NodeRun run) {
		var node = nodes.get(run.nodeId());
		if (node == null || !node.runId().equals(run.runId())) {
			return false;
		}
		nodes.put(run.nodeId(), new NodeBeat(run.nodeId(), run.runId(), now));
		return true;
	}

	@Override
	public Beats beats() {
		return new Beats(now, List.copyOf(nodes.values()));
	}

	@Override
	public int forgetSilentSince(Instant since) {
		int before = nodes.size();
		nodes.values().removeIf(node -> node.heartbeatAt().isBefore(since));
		return before - nodes.size();
	}

	@Override
	public Set<UUID> runsInFlight() {
		var runs = new LinkedHashSet<UUID>();
		publications.values().stream().filter(it -> IN_FLIGHT.contains(it.status)).forEach(it -> runs.add(it.owner));
		return runs;
	}

	@Override
	public List<ClaimedPublication> claim(UUID deadRun, Instant aliveSince, String note, Instant at) {
		boolean alive = nodes.values()
			.stream()
			.anyMatch(node -> node.runId().equals(deadRun) && !node.heartbeatAt().isBefore(aliveSince));
		if (alive) {
			return List.of();
		}
		var claim = UUID.randomUUID();
		var claimed = new ArrayList<ClaimedPublication>();
		for (Open publication : publications.values()) {
			if (publication.owner.equals(deadRun) && IN_FLIGHT.contains(publication.status)) {
				publication.status = "FAILED";
				publication.owner = claim;
				ledger.add(publication.id + " " + INTERRUPTED + " attempt " + publication.attempts + ": " + note);
				claimed.add(new ClaimedPublication(publication.id, publication.publishedAt, publication.attempts));
			}
		}
		return claimed;
	}

	@Override
	public void resubmitNow(Set<UUID> ids, Instant publishedUpTo, BiConsumer<UUID, String> unreadable) {
		for (UUID id : ids) {
			var publication = publications.get(id);
			if (publication != null && publication.status.equals("FAILED")
					&& !publication.publishedAt.isAfter(publishedUpTo)) {
				publication.status = "RESUBMITTED";
				publication.owner = resubmitter;
				publication.attempts++;
				resubmitted.add(id);
			}
		}
	}
}

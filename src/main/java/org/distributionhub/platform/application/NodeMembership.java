package org.distributionhub.platform.application;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.distributionhub.platform.domain.NodeRun;
import org.distributionhub.platform.ports.out.HubNodes;
import org.distributionhub.platform.ports.out.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This process's run of its node: registered in the node table when the context starts, before anything is
 * published, and kept alive by a heartbeat on a thread of its own (so busy schedulers cannot make it look dead).
 */
@Component
public class NodeMembership implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(NodeMembership.class);

	private final HubNodes nodes;
	private final NodeRun run;
	private final String host;
	private final ScheduledExecutorService heartbeat;

	NodeMembership(HubNodes nodes, NodeIdentity identity, EventRecoveryProperties properties) {
		this.nodes = nodes;
		this.run = new NodeRun(identity.nodeId(), UUID.randomUUID());
		this.host = identity.host();
		nodes.register(run, host);
		LOG.info("Running as node {} (run {})", run.nodeId(), run.runId());
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
			var thread = new Thread(task, "hub-node-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.heartbeatInterval().toMillis();
		heartbeat.scheduleWithFixedDelay(this::beat, interval, interval, TimeUnit.MILLISECONDS);
	}

	public NodeRun run() {
		return run;
	}

	private void beat() {
		try {
			if (!nodes.beat(run)) {
				LOG.error("The node table no longer names run {} as node {}'s current run: another hub process runs "
						+ "with the same node id, or the row was removed. Give every hub its own "
						+ "hub.events.recovery.node-id (or node-id-file). Registering again.", run.runId(), run.nodeId());
				nodes.register(run, host);
			}
		}
		catch (RuntimeException e) {
			LOG.warn("Heartbeat of node {} failed; the next one tries again: {}", run.nodeId(), e.toString());
		}
	}

	@Override
	public void destroy() {
		heartbeat.shutdownNow();
	}
}

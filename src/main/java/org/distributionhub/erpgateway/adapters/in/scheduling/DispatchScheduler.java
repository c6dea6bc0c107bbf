package org.distributionhub.erpgateway.adapters.in.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Two threads of its own run dispatch rounds back to back while the rounds find work, and look again every
 * hub.erp.dispatch.poll-interval when they do not. Two rounds overlap so the senders stay busy while one round waits
 * for its last answers and the other claims; they never share a posting or a business key, as the claim skips keys
 * with a posting in flight. Off with hub.erp.dispatch.enabled=false; stopped first at shutdown, letting the rounds
 * under way finish.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.erp.dispatch.enabled", matchIfMissing = true)
class DispatchScheduler implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(DispatchScheduler.class);

	private static final int RUNNERS = 2;

	private static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private final DispatchPostings dispatch;
	private final Duration pollInterval;
	private final List<Thread> runners = new ArrayList<>();
	private volatile boolean running;

	DispatchScheduler(DispatchPostings dispatch, @Value("${hub.erp.dispatch.poll-interval:1s}") Duration pollInterval) {
		this.dispatch = dispatch;
		this.pollInterval = pollInterval;
	}

	@Override
	public synchronized void start() {
		running = true;
		for (int i = 1; i <= RUNNERS; i++) {
			var runner = new Thread(this::run, "erp-rounds-" + i);
			runner.setDaemon(true);
			runners.add(runner);
			runner.start();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		for (var runner : runners) {
			try {
				runner.join(STOP_WAIT.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		runners.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		pause();
		while (running) {
			try {
				var round = dispatch.dispatchDue();
				if (round.sent() + round.retrying() + round.parked() == 0) {
					pause();
				}
			}
			catch (RuntimeException e) {
				LOG.error("ERP dispatch round failed; the next round tries again", e);
				pause();
			}
		}
	}

	/** Waits a poll interval, in short steps so a stop is noticed soon. */
	private void pause() {
		long until = System.nanoTime() + pollInterval.toNanos();
		try {
			while (running && System.nanoTime() < until) {
				Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}
}

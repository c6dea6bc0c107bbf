package org.distributionhub.console.alerting.adapters.in.scheduling;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.distributionhub.console.alerting.ports.in.EvaluateAlerts;
import org.distributionhub.console.alerting.ports.in.SendAlertNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rules every hub.alerting.evaluation-interval and sends due notifications every
 * hub.alerting.notification.poll-interval (and right after an evaluation) on a thread of its own, so a slow webhook
 * or mail server never holds up evaluation or the hub's other schedules. A failing round is logged and the next
 * round tries again. Off with hub.alerting.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.alerting.enabled", matchIfMissing = true)
class AlertScheduler implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);

	private final EvaluateAlerts evaluation;
	private final SendAlertNotifications sender;
	private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "hub-alert-notifier");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean sendQueued = new AtomicBoolean();

	AlertScheduler(EvaluateAlerts evaluation, SendAlertNotifications sender) {
		this.evaluation = evaluation;
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${hub.alerting.evaluation-interval:30s}",
			initialDelayString = "${hub.alerting.evaluation-interval:30s}")
	void evaluate() {
		try {
			var round = evaluation.evaluate();
			if (round.fired() + round.resolved() > 0) {
				LOG.info("Alert evaluation: {} incidents, {} alerts fired, {} resolved", round.incidents(),
						round.fired(), round.resolved());
			}
		}
		catch (RuntimeException e) {
			LOG.error("Alert evaluation failed; the next round tries again", e);
		}
		sendSoon();
	}

	@Scheduled(fixedDelayString = "${hub.alerting.notification.poll-interval:5s}",
			initialDelayString = "${hub.alerting.notification.poll-interval:5s}")
	void sendDue() {
		sendSoon();
	}

	private void sendSoon() {
		if (!sendQueued.compareAndSet(false, true)) {
			return;
		}
		sending.execute(() -> {
			sendQueued.set(false);
			try {
				sender.sendDue();
			}
			catch (RuntimeException e) {
				LOG.error("Sending alert notifications failed; the next round tries again", e);
			}
		});
	}

	@Override
	public void destroy() {
		sending.shutdownNow();
	}
}

package org.distributionhub.console.alerting.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.console.alerting.ports.in.SendAlertNotifications;
import org.distributionhub.console.alerting.ports.out.AlertChannel;
import org.distributionhub.console.alerting.ports.out.AlertNotifications;
import org.distributionhub.console.alerting.ports.out.AlertNotifications.DueNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends each due notification on its channel after claiming it for a lease; a failure is recorded with its reason
 * and retried with backoff until hub.alerting.notification.max-attempts, then it has given up.
 */
@Service
class NotificationSender implements SendAlertNotifications {

	private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

	private static final int ERROR_LIMIT = 1000;

	private final AlertNotifications notifications;
	private final Map<String, AlertChannel> channels;
	private final AlertingProperties.Notification settings;
	private final String consoleUrl;
	private final Clock clock;

	NotificationSender(AlertNotifications notifications, List<AlertChannel> channels, AlertingProperties properties,
			Clock clock) {
		this.notifications = notifications;
		this.channels = channels.stream().collect(Collectors.toMap(AlertChannel::name, Function.identity()));
		this.settings = properties.notification();
		this.consoleUrl = properties.consoleUrl().toString();
		this.clock = clock;
	}

	@Override
	public int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (DueNotification due : notifications.due(now, settings.batchSize())) {
			if (notifications.claim(due.id(), now, now.plus(settings.lease())) && send(due)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(DueNotification due) {
		try {
			var channel = channels.get(due.channel());
			if (channel == null || !channel.configured()) {
				throw new IllegalStateException("The " + due.channel() + " channel is not configured");
			}
			channel.send(due.notice().linkedUnder(consoleUrl));
			notifications.sent(due.id(), clock.instant());
			return true;
		}
		catch (RuntimeException e) {
			int attempts = due.attempts() + 1;
			var next = settings.retry().nextAttempt(attempts, clock.instant()).orElse(null);
			LOG.warn("Alert notification {} by {} failed (attempt {}{}): {}", due.notice().headline(), due.channel(),
					attempts, next == null ? ", giving up" : ", retry at " + next, e.toString());
			notifications.failed(due.id(), attempts, clip(e.toString()), next);
			return false;
		}
	}

	private static String clip(String text) {
		return text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
	}
}

package org.distributionhub.probesender;

import java.util.UUID;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.probesender.events.ProbeSent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a probe as sent and publishes it, in one transaction, like a business module's application service. */
@Service
public class ProbeSender {

	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;

	ProbeSender(ApplicationEventPublisher events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
	}

	@Transactional
	public ProbeSent send(String payload, int failuresBeforeSuccess) {
		var event = new ProbeSent(UUID.randomUUID(), Correlation.current(), payload, failuresBeforeSuccess);
		jdbc.sql("INSERT INTO probe_sent (event_id, payload) VALUES (?, ?)").params(event.eventId(), payload).update();
		events.publishEvent(event);
		return event;
	}
}

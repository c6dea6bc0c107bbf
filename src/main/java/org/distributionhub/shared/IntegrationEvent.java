package org.distributionhub.shared;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * An event one module publishes for others. Its id lets every listener apply it once however often it is delivered,
 * and its correlation id ties the listener's work and log lines to the flow that caused it.
 */
public interface IntegrationEvent extends DomainEvent {

	UUID eventId();

	CorrelationId correlationId();
}

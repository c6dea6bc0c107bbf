package org.distributionhub.supplier.exchange.ports.in;

/**
 * Writes the due outbox entries of file partners (purchase orders, 997s) into their outbox folders; a write that
 * fails is tried again later with backoff.
 */
public interface DeliverPartnerOutbox {

	DeliveryRound deliverDue();
}

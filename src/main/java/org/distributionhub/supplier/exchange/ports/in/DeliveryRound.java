package org.distributionhub.supplier.exchange.ports.in;

/** What one round of outbox delivery did: entries taken, delivered, left for a later attempt, given up (FAILED). */
public record DeliveryRound(int taken, int delivered, int retrying, int failed) {
}

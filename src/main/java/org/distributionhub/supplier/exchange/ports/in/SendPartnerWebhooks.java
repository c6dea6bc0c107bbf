package org.distributionhub.supplier.exchange.ports.in;


/**
 * Posts the due outbox entries of API partners to their webhooks: no answer, 408, 429 and 5xx are tried again with
 * backoff up to the configured attempts, any other refusal fails the entry at once with the partner's reason.
 */
public interface SendPartnerWebhooks {

	DeliveryRound sendDue();
}

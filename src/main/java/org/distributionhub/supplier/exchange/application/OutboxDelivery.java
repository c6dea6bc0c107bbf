package org.distributionhub.supplier.exchange.application;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.distributionhub.shared.Backoff;
import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.exchange.ports.in.DeliverPartnerOutbox;
import org.distributionhub.supplier.exchange.ports.in.DeliveryRound;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerFolders;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes due folder entries into their partners' outbox folders in the transaction that locked them, so two
 * instances never write the same entry. A folder that cannot be written is tried again with backoff, never given
 * up: the entry stays PENDING with its last error until the folder is fixed.
 */
@Service
class OutboxDelivery implements DeliverPartnerOutbox {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	static final int BATCH = 50;

	private final PartnerOutbox outbox;
	private final PartnerFolders folders;
	private final TransactionTemplate transactions;
	private final Backoff backoff;
	private final Clock clock;

	OutboxDelivery(PartnerOutbox outbox, PartnerFolders folders, TransactionTemplate transactions,
			SupplierProperties properties, Clock clock) {
		this.outbox = outbox;
		this.folders = folders;
		this.transactions = transactions;
		this.backoff = WebhookDelivery.backoff(properties.webhook());
		this.clock = clock;
	}

	@Override
	public DeliveryRound deliverDue() {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			int delivered = 0;
			int retrying = 0;
			var due = outbox.due(DeliveryRoute.FOLDER, now, BATCH);
			for (Entry entry : due) {
				if (deliver(entry, now)) {
					delivered++;
				}
				else {
					retrying++;
				}
			}
			return new DeliveryRound(due.size(), delivered, retrying, 0);
		});
	}

	private boolean deliver(Entry entry, Instant now) {
		try {
			String written = folders.deliver(entry.supplierId(),
					new OutboundMessage(entry.fileName(), entry.contentType(), entry.content()), entry.id().toString());
			outbox.delivered(entry.id(), now);
			log.debug("Outbox entry {} written for {} as {}", entry.id(), entry.supplierId(), written);
			return true;
		}
		catch (UncheckedIOException | IllegalArgumentException e) {
			String error = "Could not write to the outbox folder: " + e.getMessage();
			log.warn("Outbox entry {} for {}: {}", entry.id(), entry.supplierId(), error);
			outbox.deliveryFailed(entry.id(),
					backoff.nextAttemptAt(entry.attempts() + 1, now, ThreadLocalRandom.current()::nextDouble), error);
			return false;
		}
	}
}

package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Duration;

import org.distributionhub.platform.ports.out.PublicationArchive;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets archived event publications (and their failed attempts) published longer ago than
 * hub.events.archive.retention, a batch per transaction; unset, the archive keeps the whole history the event log
 * shows auditors.
 */
@Service
class ArchiveHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(ArchiveHousekeeping.class);

	private static final int BATCH = 5_000;

	private final PublicationArchive archive;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final @Nullable Duration retention;

	ArchiveHousekeeping(PublicationArchive archive, TransactionTemplate transactions, Clock clock,
			@Value("${hub.events.archive.retention:}") @Nullable Duration retention) {
		this.archive = archive;
		this.transactions = transactions;
		this.clock = clock;
		this.retention = retention == null || retention.isZero() || retention.isNegative() ? null : retention;
	}

	@Scheduled(fixedDelayString = "${hub.events.archive.purge-interval:PT1H}", initialDelayString = "PT5M")
	public void forgetOldPublications() {
		forget();
	}

	/** Forgets what is past the retention; answers how many publications it forgot. */
	int forget() {
		if (retention == null) {
			return 0;
		}
		var before = clock.instant().minus(retention);
		int total = 0;
		int batch;
		do {
			batch = transactions.execute(status -> archive.forgetPublishedBefore(before, BATCH));
			total += batch;
		}
		while (batch == BATCH);
		if (total > 0) {
			LOG.info("Forgot {} archived event publications published more than {} ago", total, retention);
		}
		return total;
	}
}

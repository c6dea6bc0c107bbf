package org.distributionhub.supplier.exchange.application;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Operator settings of partner exchanges ({@code hub.supplier.*}): our own EDI identity, how long a re-sent
 * interchange is recognised, the largest message taken in, the folder that holds each partner's inbox, archive,
 * error and outbox folders, and how webhooks are retried.
 */
@ConfigurationProperties("hub.supplier")
public record SupplierProperties(Edi edi, Duration duplicateWindow, DataSize maxMessageSize, Path partnerFolders,
		Duration inboxPollInterval, Webhook webhook, Duration overdueCheckInterval, int requestsPerSecond) {

	public SupplierProperties {
		edi = edi != null ? edi : new Edi("ZZ", "DISTHUB", "DISTHUB", false, "ZZZ");
		duplicateWindow = duplicateWindow != null ? duplicateWindow : Duration.ofDays(30);
		maxMessageSize = maxMessageSize != null ? maxMessageSize : DataSize.ofMegabytes(5);
		partnerFolders = partnerFolders != null ? partnerFolders : Path.of("data", "partners");
		inboxPollInterval = inboxPollInterval != null ? inboxPollInterval : Duration.ofSeconds(5);
		webhook = webhook != null ? webhook : new Webhook(8, Duration.ofSeconds(5), Duration.ofMinutes(30),
				Duration.ofSeconds(10));
		overdueCheckInterval = overdueCheckInterval != null ? overdueCheckInterval : Duration.ofMinutes(1);
		requestsPerSecond = requestsPerSecond > 0 ? requestsPerSecond : 200;
	}

	/**
	 * Our identity in the envelopes we write (ISA05/06, GS02; UNB sender with {@code edifactQualifier}, as EDIFACT
	 * code 0007 has no ZZ) and whether they are marked as tests (ISA15 T).
	 */
	public record Edi(String qualifier, String id, String groupId, boolean test, String edifactQualifier) {

		public Edi {
			edifactQualifier = edifactQualifier == null || edifactQualifier.isBlank() ? "ZZZ" : edifactQualifier;
		}
	}

	/** Webhook delivery: attempts before giving up, first and longest backoff, request timeout. */
	public record Webhook(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout) {
	}
}

package org.distributionhub.supplier.exchange.adapters.in.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the inbox poller reads of {@code hub.supplier.*}, with the same defaults as the module's own settings: the
 * partner folders, the largest message taken in, and how long a file must rest unchanged before it counts as
 * complete ({@code inbox-settle-time}).
 */
@ConfigurationProperties("hub.supplier")
public record InboxFolderSettings(Path partnerFolders, DataSize maxMessageSize, Duration inboxSettleTime) {

	public InboxFolderSettings {
		partnerFolders = partnerFolders != null ? partnerFolders : Path.of("data", "partners");
		maxMessageSize = maxMessageSize != null ? maxMessageSize : DataSize.ofMegabytes(5);
		inboxSettleTime = inboxSettleTime != null ? inboxSettleTime : Duration.ofSeconds(10);
	}
}

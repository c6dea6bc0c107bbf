package org.distributionhub.erpgateway.adapters.in.file;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * hub.erp.file.*: the folder the ERP drops purchase orders into, where taken-in files go (archive) and where refused
 * ones go with a .error.txt beside them (error), how often the inbox is read, how long a file must rest unchanged
 * before it counts as complete and the largest file read.
 */
@ConfigurationProperties("hub.erp.file")
record FileInboxProperties(@DefaultValue("./data/erp/inbox") Path inbox, @DefaultValue("./data/erp/archive") Path archive,
		@DefaultValue("./data/erp/error") Path error, @DefaultValue("10s") Duration inboxPollInterval,
		@DefaultValue("5s") Duration settleTime, @DefaultValue("5MB") DataSize maxFileSize) {
}

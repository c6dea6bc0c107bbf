package org.distributionhub.supplier.partners.adapters.in.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** hub.partners.*: the folder of partner files, and whether they are imported at every start. */
@ConfigurationProperties("hub.partners")
public record PartnerFilesProperties(@DefaultValue("./config/partners") Path directory,
		@DefaultValue("true") boolean importAtStart) {
}

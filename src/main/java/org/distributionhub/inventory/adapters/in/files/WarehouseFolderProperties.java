package org.distributionhub.inventory.adapters.in.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the warehouse folder and the feed API read of {@code hub.inventory.*}: the folder holding {@code events/} and
 * {@code feeds/} (each with inbox, archive and error), whether the hub looks at it by itself, how often, how long a
 * file must rest unchanged before it counts as complete, and the largest feed or file taken in. Other settings under
 * {@code hub.inventory} belong to other parts of the module.
 */
@ConfigurationProperties("hub.inventory")
public record WarehouseFolderProperties(@DefaultValue("data/warehouse") Path warehouseFolder,
		@DefaultValue Scheduling scheduling, @DefaultValue("5s") Duration folderPollInterval,
		@DefaultValue("5s") Duration folderSettleTime, @DefaultValue("20MB") DataSize maxFeedSize) {

	/** {@code hub.inventory.scheduling.enabled}: false leaves the folder to be polled by tests or by hand. */
	public record Scheduling(@DefaultValue("true") boolean enabled) {
	}
}

package org.distributionhub.console.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.console.domain.ImpactTally;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.inventory.api.FindInventorySync;
import org.distributionhub.inventory.api.FindInventorySync.WarehouseSync;
import org.distributionhub.order.api.FindOrdersAtRisk;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Inventory sync: feeds of the failure window with refused rows, warehouse files lying in an error folder, and each
 * warehouse silent (no event, no feed) for longer than hub.operations.inventory-sync-lag, which puts the orders open
 * in it at risk. A warehouse never heard from has no lag to measure and is left out.
 */
@Component
class InventoryIncidents implements IncidentSource {

	static final String LINK = "/console?area=INVENTORY_SYNC";

	private final FindInventorySync sync;
	private final FindOrdersAtRisk orders;
	private final OperationsProperties settings;

	InventoryIncidents(FindInventorySync sync, FindOrdersAtRisk orders, OperationsProperties settings) {
		this.sync = sync;
		this.orders = orders;
		this.settings = settings;
	}

	@Override
	public List<IncidentDraft> drafts(Instant now) {
		var drafts = new ArrayList<IncidentDraft>();
		int limit = settings.maxPerKind();
		sync.refusedFeedRows(now.minus(settings.failureWindow()), limit).forEach(feed -> drafts.add(IncidentDraft.of(
				IncidentKind.FEED_ROWS_REFUSED, "feed " + feed.reference(), feed.finishedAt(),
				feed.rejected() + " of " + feed.rows() + " rows refused in inventory feed " + feed.reference()
						+ " of warehouse " + feed.warehouse(),
				LINK)));
		sync.refusedFiles(limit).forEach(file -> drafts.add(IncidentDraft.of(IncidentKind.WAREHOUSE_FILE_REFUSED,
				file.folder() + "/error/" + file.fileName(), file.movedAt(),
				"Warehouse file " + file.fileName() + " moved to " + file.folder() + "/error: " + file.reason(), LINK)));
		for (WarehouseSync warehouse : sync.warehouses()) {
			Instant last = warehouse.lastHeardAt();
			if (last != null && last.isBefore(now.minus(settings.inventorySyncLag()))) {
				drafts.add(lagging(warehouse, last, now));
			}
		}
		return drafts;
	}

	private IncidentDraft lagging(WarehouseSync warehouse, Instant last, Instant now) {
		var tally = new ImpactTally();
		orders.openAt(warehouse.warehouse(), ImpactTally.NAMED)
			.forEach(open -> tally.addGroup(open.orders(), open.value(), open.currency(), open.earliestPromiseDate(),
					open.sample()));
		return IncidentDraft.of(IncidentKind.INVENTORY_SYNC_LAG, warehouse.warehouse(), last,
				"Nothing from warehouse " + warehouse.warehouse() + " for " + minutes(Duration.between(last, now))
						+ " (last event " + orNever(warehouse.lastEventAt()) + ", last feed "
						+ orNever(warehouse.lastFeedAt()) + ")",
				LINK).withTally(tally);
	}

	static String minutes(Duration duration) {
		long minutes = duration.toMinutes();
		return minutes < 120 ? minutes + " min" : duration.toHours() + " h";
	}

	private static String orNever(@Nullable Instant at) {
		return at == null ? "never" : at.toString();
	}
}

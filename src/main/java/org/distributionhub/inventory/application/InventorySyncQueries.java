package org.distributionhub.inventory.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.distributionhub.inventory.api.FindInventorySync;
import org.distributionhub.inventory.api.FindPeggedOrders;
import org.distributionhub.inventory.ports.out.RefusedWarehouseFiles;
import org.distributionhub.inventory.ports.out.SyncRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the operations cockpit: pegged orders per purchase order, warehouse sync and refusals. */
@Service
@Transactional(readOnly = true)
class InventorySyncQueries implements FindInventorySync, FindPeggedOrders {

	static final int CHUNK = 500;

	private final SyncRecords records;
	private final RefusedWarehouseFiles files;
	private final InventoryWarehouseProperties warehouses;

	InventorySyncQueries(SyncRecords records, RefusedWarehouseFiles files, InventoryWarehouseProperties warehouses) {
		this.records = records;
		this.files = files;
		this.warehouses = warehouses;
	}

	@Override
	public List<PeggedOrder> peggedTo(Collection<String> poNumbers) {
		List<String> numbers = poNumbers.stream().distinct().toList();
		var pegged = new ArrayList<PeggedOrder>();
		for (int from = 0; from < numbers.size(); from += CHUNK) {
			pegged.addAll(records.peggedTo(numbers.subList(from, Math.min(numbers.size(), from + CHUNK))));
		}
		return pegged;
	}

	@Override
	public List<WarehouseSync> warehouses() {
		var known = warehouses.warehouses();
		var events = records.lastEventAt(known);
		var feeds = records.lastFeedAt(known);
		return known.stream().map(code -> new WarehouseSync(code, events.get(code), feeds.get(code))).toList();
	}

	@Override
	public List<RefusedFeedRows> refusedFeedRows(Instant since, int limit) {
		return records.refusedFeedRows(since, Math.max(1, limit));
	}

	@Override
	public List<RefusedFile> refusedFiles(int limit) {
		return files.newestFirst(Math.max(1, limit));
	}
}

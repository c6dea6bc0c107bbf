package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.inventory.api.FindInventorySync.RefusedFeedRows;
import org.distributionhub.inventory.api.FindPeggedOrders.PeggedOrder;
import org.distributionhub.inventory.ports.out.SyncRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads pegging from expected_inbound_line joined to the waiting stock_allocation_line rows of the same SKU and
 * location, and warehouse sync from warehouse_event and inventory_feed_run, each by index.
 */
@Repository
class JdbcSyncRecords implements SyncRecords {

	private final JdbcClient jdbc;

	JdbcSyncRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PeggedOrder> peggedTo(Collection<String> poNumbers) {
		if (poNumbers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT e.supplier_id, e.po_number, a.order_id, MIN(a.promise_date) AS promise_date
				FROM expected_inbound_line e
				JOIN stock_allocation_line a ON a.warehouse = e.location AND a.sku = e.sku AND a.waiting = TRUE
				WHERE e.expecting = TRUE AND e.po_number IN (%s)
				GROUP BY e.supplier_id, e.po_number, a.order_id"""
			.formatted(String.join(", ", Collections.nCopies(poNumbers.size(), "?"))))
			.params(new ArrayList<Object>(poNumbers))
			.query((rs, row) -> new PeggedOrder(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	@Override
	public Map<String, Instant> lastEventAt(Collection<String> warehouses) {
		return latest("SELECT MAX(received_at) FROM warehouse_event WHERE warehouse = ?", warehouses);
	}

	@Override
	public Map<String, Instant> lastFeedAt(Collection<String> warehouses) {
		return latest("SELECT MAX(finished_at) FROM inventory_feed_run WHERE warehouse = ?", warehouses);
	}

	/** One indexed look-up per warehouse: there are few, and each reads one index entry. */
	private Map<String, Instant> latest(String sql, Collection<String> warehouses) {
		var found = new HashMap<String, Instant>();
		for (String warehouse : warehouses) {
			jdbc.sql(sql).param(warehouse).query(Timestamp.class).optional()
				.ifPresent(at -> found.put(warehouse, at.toInstant()));
		}
		return found;
	}

	@Override
	public List<RefusedFeedRows> refusedFeedRows(Instant since, int limit) {
		return jdbc.sql("""
				SELECT run_id, warehouse, reference, finished_at, row_count, rejected FROM inventory_feed_run
				WHERE started_at >= ? AND rejected > 0 ORDER BY started_at DESC LIMIT ?""")
			.params(Timestamp.from(since), limit)
			.query((rs, row) -> new RefusedFeedRows(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6)))
			.list();
	}
}

package org.distributionhub.inventory.ports.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.distributionhub.inventory.api.FindInventorySync.RefusedFeedRows;
import org.distributionhub.inventory.api.FindPeggedOrders.PeggedOrder;

/** What inventory recorded of its warehouses and inbound that the operations cockpit asks about. */
public interface SyncRecords {

	List<PeggedOrder> peggedTo(Collection<String> poNumbers);

	/** Per warehouse that sent any, when its last warehouse event was received. */
	Map<String, Instant> lastEventAt(Collection<String> warehouses);

	/** Per warehouse that sent any, when its last feed finished. */
	Map<String, Instant> lastFeedAt(Collection<String> warehouses);

	List<RefusedFeedRows> refusedFeedRows(Instant since, int limit);
}

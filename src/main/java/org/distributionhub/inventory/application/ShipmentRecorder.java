package org.distributionhub.inventory.application;

import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.domain.Shipment;
import org.distributionhub.inventory.ports.in.RecordShipment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a ship notice's quantities in transit, one shipment per purchase order line (a line listed twice in one
 * notice ships the sum), locking the lines in supplier, order and line number order.
 */
@Service
class ShipmentRecorder implements RecordShipment {

	private final ExpectationStore store;

	ShipmentRecorder(ExpectationStore store) {
		this.store = store;
	}

	@Override
	@Transactional
	public int record(RecordShipmentCommand command) {
		Map<PurchaseOrderLine, RecordShipmentCommand.Line> shipped = new TreeMap<>();
		for (var line : command.lines()) {
			shipped.merge(new PurchaseOrderLine(command.supplierId(), line.poNumber(), line.lineNumber()), line,
					(a, b) -> new RecordShipmentCommand.Line(a.poNumber(), a.lineNumber(), a.sku(), a.location(),
							a.quantity().plus(b.quantity())));
		}
		int changed = 0;
		for (var entry : shipped.entrySet()) {
			var line = entry.getValue();
			var inbound = store.lock(entry.getKey(), line.sku(), line.location());
			var before = inbound.snapshot();
			var change = inbound.ship(new Shipment(command.shipmentId(), line.quantity(), command.arrival()));
			changed += store.store(inbound, before, change, command.correlationId());
		}
		return changed;
	}
}

package org.distributionhub.inventory.ports.in;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * Expects a purchase order revision's lines at its location on their requested dates; a line the revision no longer
 * has is no longer expected. An order's revision that is not newer than one recorded before changes nothing.
 */
public interface RecordPurchaseOrderLines {

	/** Returns how many lines now expect something else. */
	int record(RecordPurchaseOrderLinesCommand command);

	record RecordPurchaseOrderLinesCommand(CorrelationId correlationId, String supplierId, String poNumber,
			int revision, String location, List<Line> lines) {

		public RecordPurchaseOrderLinesCommand {
			lines = List.copyOf(lines);
		}

		public record Line(String lineNumber, Sku sku, Quantity quantity, LocalDate requestedDate) {
		}
	}
}

package org.distributionhub.inventory.ports.in;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A ship notice: the shipped quantity of each line leaves the line's open schedule (earliest dates first) and is in
 * transit, arriving on {@code arrival} (undated if null). The same shipment recorded again replaces what it said.
 */
public interface RecordShipment {

	/** Returns how many lines now expect something else. */
	int record(RecordShipmentCommand command);

	record RecordShipmentCommand(CorrelationId correlationId, String supplierId, String shipmentId,
			@Nullable LocalDate arrival, List<Line> lines) {

		public RecordShipmentCommand {
			lines = List.copyOf(lines);
		}

		public record Line(String poNumber, String lineNumber, Sku sku, String location, Quantity quantity) {
		}
	}
}

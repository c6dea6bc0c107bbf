package org.distributionhub.inventory.ports.in;

import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;

/**
 * Takes in one warehouse message and applies it once, in one transaction: a pick confirmation or a dispatch of a
 * known order, a receipt (closing the expected inbound of the purchase order it names) or a stock adjustment. The
 * same event id with the same content answers the first receipt again as a duplicate and applies nothing; with other
 * content it is refused with {@link WarehouseEventConflict}. A message that breaks a rule or names an unknown
 * warehouse, SKU, order or order line is refused with {@link WarehouseEventRejected}, naming each field's path.
 */
public interface RecordWarehouseEvent {

	WarehouseEventReceipt record(WarehouseEventCommand command);

	/** A message and how it came, with the file's name if it came as a file. */
	record WarehouseEventCommand(CorrelationId correlationId, IntakeChannel channel, @Nullable String fileName,
			WarehouseMessage message) {
	}
}

package org.distributionhub.inventory.ports.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.inventory.domain.WarehouseEventType;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.inventory.ports.model.WarehouseEventStatus;
import org.jspecify.annotations.Nullable;

/**
 * Every warehouse message taken in, by the WMS's event id: what makes a message sent twice apply once. An entry is
 * added in the transaction that applies the message, so a message refused or rolled back leaves none.
 */
public interface WarehouseEventLog {

	/**
	 * Adds the entry unless its event id is logged already, also when another transaction is adding it now (then
	 * waits for it); true if this call added it.
	 */
	boolean addIfAbsent(LoggedWarehouseEvent entry);

	Optional<LoggedWarehouseEvent> find(String eventId);

	/** A message as logged: its content tells a duplicate from a conflicting reuse of the event id. */
	record LoggedWarehouseEvent(Content content, IntakeChannel channel, @Nullable String fileName,
			String correlationId, WarehouseEventStatus status, Instant receivedAt) {

		public String eventId() {
			return content.eventId();
		}

		public WarehouseEventType type() {
			return content.type();
		}
	}

	/** A checked message in its normal form (trimmed, codes in upper case, plain quantities), field by field. */
	record Content(String eventId, WarehouseEventType type, String warehouse, @Nullable Instant occurredAt,
			@Nullable String orderId, @Nullable String shipmentId, @Nullable String poNumber, @Nullable String reason,
			@Nullable String carrier, @Nullable String trackingNumber, List<Line> lines) {

		public Content {
			lines = List.copyOf(lines);
		}
	}

	/** One line of a logged message. */
	record Line(@Nullable Integer lineNumber, @Nullable String poLineNumber, @Nullable String sku,
			@Nullable BigDecimal quantity, @Nullable String unit) {
	}
}

package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;

/**
 * A supplier's acknowledgement: each listed line's full new delivery schedule replaces what the line expected (an
 * empty schedule expects nothing more). A line not known yet is recorded with the acknowledged schedule.
 */
public interface RescheduleInbound {

	/** Returns how many lines now expect something else. */
	int reschedule(RescheduleInboundCommand command);

	record RescheduleInboundCommand(CorrelationId correlationId, String supplierId, String poNumber,
			String location, List<Line> lines) {

		public RescheduleInboundCommand {
			lines = List.copyOf(lines);
		}

		public record Line(String lineNumber, Sku sku, List<DatedQuantity> schedule) {

			public Line {
				schedule = List.copyOf(schedule);
			}
		}
	}
}

package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's acknowledgement: each listed line's full new delivery schedule replaces what the line expected (an
 * empty schedule expects nothing more). A line not known yet is recorded with the acknowledged schedule. A line the
 * supplier substitutes is expected as the substitute SKU from then on.
 */
public interface RescheduleInbound {

	/** Returns how many lines now expect something else. */
	int reschedule(RescheduleInboundCommand command);

	record RescheduleInboundCommand(CorrelationId correlationId, String supplierId, String poNumber,
			String location, List<Line> lines) {

		public RescheduleInboundCommand {
			lines = List.copyOf(lines);
		}

		/** {@code substitute} is the SKU the supplier delivers instead of {@code sku}, if it substitutes. */
		public record Line(String lineNumber, Sku sku, List<DatedQuantity> schedule, @Nullable Sku substitute) {

			public Line {
				schedule = List.copyOf(schedule);
			}

			public Line(String lineNumber, Sku sku, List<DatedQuantity> schedule) {
				this(lineNumber, sku, schedule, null);
			}

			/** The SKU that will arrive. */
			public Sku delivered() {
				return substitute != null ? substitute : sku;
			}
		}
	}
}

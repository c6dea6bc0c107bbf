package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;

/**
 * Applies an inventory feed of one warehouse: each good row states the on hand of a SKU; a FULL feed also zeroes
 * every SKU stocked in the warehouse that it does not list, unless one of its rows was rejected or it lists none.
 * Bad rows are reported and skipped; good rows apply in chunks of their own transaction. A feed whose mode or
 * warehouse is unknown is refused as a whole ({@link InventoryFeedRejected}). Every run taken in is recorded.
 */
public interface ApplyInventoryFeed {

	InventoryFeedResult apply(InventoryFeedCommand command);

	/**
	 * A feed as read: {@code mode} as sent (FULL or DELTA, checked by the core), how it came, {@code reference} the
	 * file's name (or what names an API upload), {@code unreadable} the rows the reader could not split into fields.
	 */
	record InventoryFeedCommand(CorrelationId correlationId, @Nullable String warehouse, @Nullable String mode,
			IntakeChannel channel, String reference, List<FeedRow> rows, List<FeedRowProblem> unreadable) {

		public InventoryFeedCommand {
			rows = List.copyOf(rows);
			unreadable = List.copyOf(unreadable);
		}
	}

	/**
	 * One row as sent, its values still text: {@code row} is its line in the file (the header is line 1) or its
	 * position among the items of a JSON feed (from 1); a row's own warehouse, if it names one, must be the feed's.
	 */
	record FeedRow(int row, @Nullable String warehouse, @Nullable String sku, @Nullable String quantity,
			@Nullable String unit) {
	}
}

package org.distributionhub.supplier.procurement.ports.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Takes in a purchase order from the ERP (its API or the gateway's event) and sends it to the supplier on its
 * channel. Idempotent by PO number and revision: the same revision again changes nothing, an older one is ignored.
 */
public interface IssuePurchaseOrder {

	IssueResult issue(IssuePurchaseOrderCommand command);

	/** A purchase order as the ERP issued it; quantities in our units. */
	record IssuePurchaseOrderCommand(String supplierId, String poNumber, int revision, LocalDate orderDate,
			String shipTo, @Nullable String currency, List<Line> lines) {

		public IssuePurchaseOrderCommand {
			lines = List.copyOf(lines);
		}

		/** One ordered line. */
		public record Line(String lineNumber, String sku, BigDecimal quantity, String unit,
				@Nullable BigDecimal unitPrice, LocalDate requestedDate) {
		}
	}

	/** What happened: CREATED, REVISED, UNCHANGED (this revision was known) or SUPERSEDED (a newer one is). */
	record IssueResult(String supplierId, String poNumber, int revision, IssueOutcome outcome, int currentRevision) {
	}

	/** What became of the revision sent: taken in as a new order or a new revision, already known, or older. */
	enum IssueOutcome {
		CREATED, REVISED, UNCHANGED, SUPERSEDED;

		/** Whether this call took something in. */
		public boolean tookIn() {
			return this == CREATED || this == REVISED;
		}
	}
}

package org.distributionhub.supplier.procurement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's acknowledgement in our terms, whatever channel brought it: lines are our PO lines, quantities are in
 * our units, codes are our statuses. {@code acknowledgedAt} orders acknowledgements of one order.
 */
@ValueObject
public record Acknowledgement(String poNumber, Purpose purpose, Disposition disposition, Instant acknowledgedAt,
		List<LineAnswer> lines) {

	public Acknowledgement {
		lines = List.copyOf(lines);
	}

	Optional<LineAnswer> answerFor(String lineNumber) {
		return lines.stream().filter(line -> line.lineNumber().equals(lineNumber)).findFirst();
	}

	/** What the supplier said of one line: one part per status (60 accepted on a date, 40 backordered). */
	public record LineAnswer(String lineNumber, List<Part> parts, @Nullable Money unitPrice, @Nullable Sku substitute,
			@Nullable String reason) {

		public LineAnswer {
			parts = List.copyOf(parts);
		}
	}

	/** A quantity with its status and date; no quantity means what is left of the line. */
	public record Part(LineStatus status, @Nullable Quantity quantity, @Nullable LocalDate date) {
	}
}

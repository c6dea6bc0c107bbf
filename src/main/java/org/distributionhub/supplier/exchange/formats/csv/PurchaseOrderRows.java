package org.distributionhub.supplier.exchange.formats.csv;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one retailer PO, which together are one acknowledgement. The supplier's order number and the time of
 * acknowledgement belong to the whole PO: a row that gives another value than an earlier row is left out.
 */
final class PurchaseOrderRows {

	private final String po;

	private final List<Line> lines = new ArrayList<>();

	private @Nullable String supplierPo;

	private @Nullable OffsetDateTime acknowledgedAt;

	PurchaseOrderRows(String po) {
		this.po = po;
	}

	void add(AcknowledgementRow row, List<SyntaxProblem> problems) {
		// both checked (no short cut), so a row that contradicts both is reported for both
		boolean agrees = agrees(row, CsvHeader.SUPPLIER_PO, supplierPo, row.supplierPo(), problems)
				& agrees(row, CsvHeader.ACKNOWLEDGED_AT, acknowledgedAt, row.acknowledgedAt(), problems);
		if (!agrees) {
			return;
		}
		if (supplierPo == null) {
			supplierPo = row.supplierPo();
		}
		if (acknowledgedAt == null) {
			acknowledgedAt = row.acknowledgedAt();
		}
		lines.add(row.toLine());
	}

	private boolean agrees(AcknowledgementRow row, String column, @Nullable Object known, @Nullable Object given,
			List<SyntaxProblem> problems) {
		if (known == null || given == null || known.equals(given)) {
			return true;
		}
		problems.add(new SyntaxProblem("row " + row.line() + ", column " + column, "is " + given
				+ " but an earlier row of retailer_po " + po + " gives " + known + "; a PO has one value"));
		return false;
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}

	ReceivedAcknowledgement acknowledgement() {
		return new ReceivedAcknowledgement(po, po, CodeList.CSV, null, null, null, supplierPo, acknowledgedAt, lines);
	}
}

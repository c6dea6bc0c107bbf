package org.distributionhub.console.adapters.in.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.distributionhub.supplier.api.FindAccruals.Accrual;

/** The accrual reconciliation as CSV rows, for the console's download and the staff API alike. */
final class AccrualCsv {

	static final List<String> HEADER = List.of("supplier_id", "po_number", "currency", "received_value",
			"invoiced_value", "received_not_invoiced", "invoiced_not_received", "since", "age_days");

	private AccrualCsv() {
	}

	/** The rows below the header: one a purchase order, its age in whole days since the difference began. */
	static void rows(CsvWriter csv, List<Accrual> accruals, Instant now) {
		for (Accrual accrual : accruals) {
			csv.row(List.of(accrual.supplierId(), accrual.poNumber(), accrual.currency(),
					accrual.receivedValue().toPlainString(), accrual.invoicedValue().toPlainString(),
					accrual.receivedNotInvoiced().toPlainString(), accrual.invoicedNotReceived().toPlainString(),
					CsvDownload.iso(accrual.since()), Long.toString(Duration.between(accrual.since(), now).toDays())));
		}
	}
}

package org.distributionhub.supplier.exchange.formats.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.jspecify.annotations.Nullable;

/**
 * One valid row of an acknowledgement file. It becomes a line whose item is the retailer's SKU (BP) and which has a
 * status per quantity above zero: ACCEPTED, REJECTED (with the notes as reason) and BACKORDERED (with the backorder
 * date as the new ship date, qualifier 068, and the notes when nothing was rejected).
 */
record AcknowledgementRow(int line, String po, String sku, BigDecimal accepted, BigDecimal rejected,
		BigDecimal backordered, @Nullable LocalDate backorderDate, @Nullable String supplierPo,
		@Nullable String notes, @Nullable OffsetDateTime acknowledgedAt) {

	static final String SHIP_DATE = "068";

	Line toLine() {
		var statuses = new ArrayList<Status>();
		if (accepted.signum() > 0) {
			statuses.add(status("ACCEPTED", accepted, null, null));
		}
		if (rejected.signum() > 0) {
			statuses.add(status("REJECTED", rejected, null, notes));
		}
		if (backordered.signum() > 0) {
			statuses.add(status("BACKORDERED", backordered, backorderDate, rejected.signum() > 0 ? null : notes));
		}
		return new Line(null, List.of(new PartnerItemId("BP", sku)), null, null, null, null, statuses, List.of());
	}

	private static Status status(String code, BigDecimal quantity, @Nullable LocalDate date, @Nullable String reason) {
		return new Status(code, null, quantity, null, date == null ? null : SHIP_DATE, date, null, List.of(), reason);
	}
}

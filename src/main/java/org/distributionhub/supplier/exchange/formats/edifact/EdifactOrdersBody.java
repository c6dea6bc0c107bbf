package org.distributionhub.supplier.exchange.formats.edifact;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.formats.x12.X12PurchaseOrderBody;

/**
 * The segments of an ORDERS D96A between UNH and UNT: BGM 220 with 1225 9 (original) or 4 (change from revision
 * 1 on), DTM+137 order date, NAD+ST our ship-to code (agency 92, assigned by the buyer), CUX when a currency is
 * given, per line LIN with the supplier's article number (SA, or our SKU as BP without one), PIA+1 our SKU, QTY+21,
 * DTM+2 the requested delivery date and PRI+AAA, then UNS and CNT+2 with the line count.
 */
final class EdifactOrdersBody {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private EdifactOrdersBody() {
	}

	static void write(OutboundPurchaseOrder order, EdiOut out) {
		out.segment("BGM", "220", order.poNumber(), order.revision() > 0 ? "4" : "9");
		out.segment("DTM", List.of("137", order.orderDate().format(DATE), "102"));
		out.segment("NAD", "ST", List.of(order.shipTo(), "", "92"));
		if (order.currency() != null) {
			out.segment("CUX", List.of("2", order.currency(), "9"));
		}
		for (OutboundPurchaseOrder.Line line : order.lines()) {
			if (line.supplierPart() != null) {
				out.segment("LIN", line.lineNumber(), null, List.of(line.supplierPart(), "SA"));
				out.segment("PIA", "1", List.of(line.sku(), "BP"));
			}
			else {
				out.segment("LIN", line.lineNumber(), null, List.of(line.sku(), "BP"));
			}
			out.segment("QTY", List.of("21", X12PurchaseOrderBody.number(line.quantity()), line.unit()));
			out.segment("DTM", List.of("2", line.requestedDate().format(DATE), "102"));
			if (line.unitPrice() != null) {
				out.segment("PRI", List.of("AAA", X12PurchaseOrderBody.number(line.unitPrice())));
			}
		}
		out.segment("UNS", "S");
		out.segment("CNT", List.of("2", String.valueOf(order.lines().size())));
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.jspecify.annotations.Nullable;

/**
 * The segments of an 850: BEG (00 original, 04 change from revision 1 on; type SA), CUR when a currency is given,
 * N1*ST with our ship-to code (qualifier 92, assigned by the buyer), per line PO1 with the supplier's part (VP)
 * and our SKU (BP) and DTM*002 with the requested delivery date, then CTT with the line count and quantity total.
 */
public final class X12PurchaseOrderBody {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private X12PurchaseOrderBody() {
	}

	static void write(OutboundPurchaseOrder order, EdiOut out) {
		out.segment("BEG", order.revision() > 0 ? "04" : "00", "SA", order.poNumber(), null,
				order.orderDate().format(DATE));
		if (order.currency() != null) {
			out.segment("CUR", "BY", order.currency());
		}
		out.segment("N1", "ST", null, "92", order.shipTo());
		BigDecimal total = BigDecimal.ZERO;
		for (OutboundPurchaseOrder.Line line : order.lines()) {
			List<Object> po1 = new ArrayList<>(List.of(line.lineNumber(), number(line.quantity()), line.unit(),
					number(line.unitPrice()), ""));
			if (line.supplierPart() != null) {
				po1.addAll(List.of("VP", line.supplierPart()));
			}
			po1.addAll(List.of("BP", line.sku()));
			out.segment("PO1", po1.toArray());
			out.segment("DTM", "002", line.requestedDate().format(DATE));
			total = total.add(line.quantity());
		}
		out.segment("CTT", String.valueOf(order.lines().size()), number(total));
	}

	public static String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		String plain = value.stripTrailingZeros().toPlainString();
		return plain.equals("0.0") ? "0" : plain;
	}
}

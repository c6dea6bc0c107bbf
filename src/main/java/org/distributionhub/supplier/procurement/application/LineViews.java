package org.distributionhub.supplier.procurement.application;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.distributionhub.supplier.api.DryRunReport.LineEffect;
import org.distributionhub.supplier.api.DryRunReport.LineView;
import org.distributionhub.supplier.procurement.domain.LineState;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.jspecify.annotations.Nullable;

/** A purchase order's lines before and after a dry run, as the report shows them. */
final class LineViews {

	private LineViews() {
	}

	static List<LineEffect> effects(PurchaseOrder before, @Nullable PurchaseOrder after) {
		List<LineEffect> effects = new ArrayList<>();
		for (PurchaseOrderLine line : before.lines()) {
			LineView was = view(line, line.state());
			LineView will = after == null ? was
					: after.line(line.lineNumber()).map(changed -> view(changed, changed.state())).orElse(was);
			effects.add(new LineEffect(before.id().poNumber(), line.lineNumber(), line.sku().code(), was, will,
					!was.equals(will)));
		}
		return effects;
	}

	private static LineView view(PurchaseOrderLine line, LineState state) {
		StringBuilder status = new StringBuilder(state.acknowledged()
				? String.join(" ", new TreeSet<>(state.statuses().stream().map(Enum::name).toList()))
				: "NOT ACKNOWLEDGED");
		if (!state.rejected().isZero()) {
			status.append(", rejected ").append(state.rejected().amount().stripTrailingZeros().toPlainString());
		}
		if (!state.cancelled().isZero()) {
			status.append(", cancelled ").append(state.cancelled().amount().stripTrailingZeros().toPlainString());
		}
		if (state.substitute() != null) {
			status.append(", substitute ").append(state.substitute().code());
		}
		var quantity = state.expected(line.ordered());
		return new LineView(plain(quantity.amount()), quantity.unit().code(),
				state.unitPrice() == null ? null : plain(state.unitPrice().amount()),
				state.unitPrice() == null ? null : state.unitPrice().currency().getCurrencyCode(), state.earliestDate(),
				status.toString().strip());
	}

	/** 100 rather than 1E+2 or 100.000. */
	static java.math.BigDecimal plain(java.math.BigDecimal amount) {
		return new java.math.BigDecimal(amount.stripTrailingZeros().toPlainString());
	}
}

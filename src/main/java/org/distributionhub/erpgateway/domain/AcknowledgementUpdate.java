package org.distributionhub.erpgateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * PO_ACKNOWLEDGEMENT_UPDATE: what the supplier confirmed per line (quantity, date, price), and whether the PO counts
 * as acknowledged. A line names the ERP's line by {@code lineNumber} (the ERP's line id for POs read from the ERP)
 * or, failing that, by SKU. Supplier, acknowledgement and channel are for file ERPs; the ERP adapters do not need them.
 */
@ValueObject
public record AcknowledgementUpdate(String poNumber, @Nullable String supplierId, @Nullable String acknowledgementId,
		@Nullable String channel, boolean acknowledged, List<Line> lines) implements PostingPayload {

	public AcknowledgementUpdate {
		PayloadRules.requireText(poNumber, "poNumber");
		lines = PayloadRules.requireLines(lines);
	}

	@Override
	public PostingType type() {
		return PostingType.PO_ACKNOWLEDGEMENT_UPDATE;
	}

	@Override
	public <R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice) {
		return acknowledgementUpdate.apply(this);
	}

	/** A confirmed line; {@code outcomes} are the supplier's line outcomes by name, sorted. */
	public record Line(@Nullable String lineNumber, @Nullable String sku, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable LocalDate date, @Nullable BigDecimal unitPrice, @Nullable String currency,
			List<String> outcomes) {

		public Line {
			outcomes = outcomes.stream().sorted().toList();
		}

		public static Line confirmed(String lineNumber, Sku sku, Quantity quantity, @Nullable LocalDate date,
				@Nullable Money unitPrice, Collection<String> outcomes) {
			return new Line(lineNumber, sku.code(), quantity.amount(), quantity.unit().code(), date,
					unitPrice == null ? null : unitPrice.amount(),
					unitPrice == null ? null : unitPrice.currency().getCurrencyCode(), List.copyOf(outcomes));
		}
	}
}

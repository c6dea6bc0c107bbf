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
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill) {
		return acknowledgementUpdate.apply(this);
	}

	/**
	 * A confirmed line; {@code outcomes} are the supplier's line outcomes by name, sorted. A line the supplier split
	 * over several dates comes as several lines with the same {@code lineNumber}, one per date, in date order.
	 * {@code substitute} is the SKU the supplier delivers instead of {@code sku}; null when it delivers what was
	 * ordered (and in payloads stored before substitutes were posted).
	 */
	public record Line(@Nullable String lineNumber, @Nullable String sku, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable LocalDate date, @Nullable BigDecimal unitPrice, @Nullable String currency,
			List<String> outcomes, @Nullable String substitute) {

		public Line {
			outcomes = outcomes.stream().sorted().toList();
		}

		/** A line that delivers what was ordered. */
		public Line(@Nullable String lineNumber, @Nullable String sku, @Nullable BigDecimal quantity,
				@Nullable String unit, @Nullable LocalDate date, @Nullable BigDecimal unitPrice,
				@Nullable String currency, List<String> outcomes) {
			this(lineNumber, sku, quantity, unit, date, unitPrice, currency, outcomes, null);
		}

		public static Line confirmed(String lineNumber, Sku sku, Quantity quantity, @Nullable LocalDate date,
				@Nullable Money unitPrice, @Nullable Sku substitute, Collection<String> outcomes) {
			return new Line(lineNumber, sku.code(), quantity.amount(), quantity.unit().code(), date,
					unitPrice == null ? null : unitPrice.amount(),
					unitPrice == null ? null : unitPrice.currency().getCurrencyCode(), List.copyOf(outcomes),
					substitute == null ? null : substitute.code());
		}

		/** The SKU the ERP line is to carry: the substitute if the supplier substitutes, else the one ordered. */
		public @Nullable String deliveredSku() {
			return substitute != null ? substitute : sku;
		}

		/** Whether the supplier rejected or cancelled the line: it delivers nothing. */
		public boolean rejected() {
			return outcomes.contains("REJECTED") || outcomes.contains("CANCELLED");
		}
	}
}

package org.distributionhub.supplier.exchange.formats.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.jspecify.annotations.Nullable;

/**
 * Reads one element of an item's {@code acknowledgements} into a status: the code as sent, its quantity, its date
 * (the delivery date, 067, when given, else the ship date, 068), a changed price, a substitute or a rejection reason.
 */
public final class JsonStatuses {

	/** The closed set of codes, each the portal form of an X12 ACK01 status (see the partner API docs). */
	public static final List<String> CODES = List.of("Accepted", "Backordered", "Rejected", "QuantityChanged", "DateChanged",
			"PriceChanged", "Substituted", "OnHold");

	public static final List<String> REJECTION_REASONS = List.of("TemporarilyUnavailable", "InvalidProductIdentifier",
			"ObsoleteProduct", "InvalidUnitOfMeasure");

	public static final List<String> FIELDS = List.of("code", "quantity", "scheduledShipDate", "scheduledDeliveryDate",
			"rejectionReason", "substituteProduct", "netCost");

	static final List<String> SUBSTITUTE_FIELDS = List.of("vendorProductIdentifier", "gtin");

	private JsonStatuses() {
	}

	static @Nullable Status status(Fields acknowledgement, LineCurrency currency) {
		String code = acknowledgement.code("code", true, CODES);
		Measures.Quantity quantity = Measures.quantity(acknowledgement, "quantity", true);
		LocalDate ship = acknowledgement.date("scheduledShipDate", false);
		LocalDate delivery = acknowledgement.date("scheduledDeliveryDate", false);
		String reason = acknowledgement.code("rejectionReason", false, REJECTION_REASONS);
		List<PartnerItemId> substitutes = substitutes(acknowledgement);
		Measures.Money price = Measures.money(acknowledgement, "netCost", false);
		if (price != null) {
			currency.use(price.currency(), acknowledgement.path("netCost"));
		}
		if (code != null) {
			checkFieldsOfCode(acknowledgement, code);
		}
		if (code == null || quantity == null) {
			return null;
		}
		return new Status(code, null, quantity.amount(), quantity.unit(),
				delivery != null ? "067" : ship != null ? "068" : null, delivery != null ? delivery : ship,
				price == null ? null : price.amount(), substitutes, reason);
	}

	private static void checkFieldsOfCode(Fields acknowledgement, String code) {
		Problems problems = acknowledgement.problems();
		if (code.equals("DateChanged") && !acknowledgement.has("scheduledShipDate")
				&& !acknowledgement.has("scheduledDeliveryDate")) {
			problems.add(acknowledgement.path(), "code DateChanged needs scheduledShipDate or scheduledDeliveryDate");
		}
		if (code.equals("PriceChanged") && !acknowledgement.has("netCost")) {
			problems.add(acknowledgement.path("netCost"), "is required when code is PriceChanged");
		}
		if (code.equals("Substituted") != acknowledgement.has("substituteProduct")) {
			problems.add(acknowledgement.path("substituteProduct"), code.equals("Substituted")
					? "is required when code is Substituted" : "is only allowed when code is Substituted");
		}
		if (!code.equals("Rejected") && acknowledgement.has("rejectionReason")) {
			problems.add(acknowledgement.path("rejectionReason"), "is only allowed when code is Rejected");
		}
	}

	private static List<PartnerItemId> substitutes(Fields acknowledgement) {
		Fields product = acknowledgement.object("substituteProduct", false, SUBSTITUTE_FIELDS);
		if (product == null) {
			return List.of();
		}
		var ids = new ArrayList<PartnerItemId>();
		String vendor = product.string("vendorProductIdentifier", false, TextRule.IDENTIFIER);
		if (vendor != null) {
			ids.add(new PartnerItemId("VP", vendor));
		}
		String gtin = product.string("gtin", false, TextRule.GTIN);
		if (gtin != null) {
			ids.add(new PartnerItemId("EN", gtin));
		}
		if (!product.has("vendorProductIdentifier") && !product.has("gtin")) {
			product.problems().add(product.path(), "needs vendorProductIdentifier or gtin");
		}
		return ids;
	}
}

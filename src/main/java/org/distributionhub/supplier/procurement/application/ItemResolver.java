package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds our SKU and PO line for a partner's item ids, and converts its quantities to our units, through its item
 * cross-reference: buyer's ids (BP, IN, SK) are our SKUs, vendor's ids (VP, VN) its part numbers, UP/EN/UK GTINs.
 * An item id that is in no cross-reference parks the document even when the line number matches: the partner may
 * be speaking of another item.
 */
@Component
class ItemResolver {

	PurchaseOrderLine line(@Nullable String lineNumber, List<PartnerItemId> ids, PartnerProfile profile,
			PurchaseOrder order, String where) throws MappingFailure {
		if (lineNumber != null) {
			Optional<PurchaseOrderLine> byNumber = order.line(lineNumber.strip());
			if (byNumber.isEmpty()) {
				byNumber = order.line(stripZeros(lineNumber));
			}
			if (byNumber.isPresent()) {
				if (!ids.isEmpty()) {
					Sku named = sku(ids, profile, where);
					if (!named.equals(byNumber.get().sku())) {
						throw new MappingFailure(where + ": item " + describe(ids) + " is our SKU " + named
								+ ", but line " + lineNumber + " of purchase order " + order.id().poNumber()
								+ " orders " + byNumber.get().sku());
					}
				}
				return byNumber.get();
			}
		}
		if (ids.isEmpty()) {
			throw new MappingFailure(where + ": line number " + lineNumber + " is not on purchase order "
					+ order.id().poNumber() + " and no item id was given");
		}
		Sku sku = sku(ids, profile, where);
		List<PurchaseOrderLine> matching = order.lines().stream().filter(line -> line.sku().equals(sku)).toList();
		if (matching.size() == 1) {
			return matching.get(0);
		}
		throw new MappingFailure(where + ": item " + describe(ids) + " is our SKU " + sku + ", which "
				+ (matching.isEmpty() ? "is on no line" : "is on " + matching.size() + " lines, and no line number says which,")
				+ " of purchase order " + order.id().poNumber());
	}

	Sku sku(List<PartnerItemId> ids, PartnerProfile profile, String where) throws MappingFailure {
		for (PartnerItemId id : ids) {
			String qualifier = id.qualifier().strip().toUpperCase(Locale.ROOT);
			String value = id.value().strip();
			Optional<Sku> found = switch (qualifier) {
				case "BP", "IN", "SK", "BUYER" -> Optional.of(new Sku(value));
				case "VP", "VN", "VA", "MG", "VENDOR" -> profile.items().stream()
						.filter(item -> item.supplierPart().equalsIgnoreCase(value)).map(ItemMapping::sku).findFirst();
				case "UP", "EN", "UK", "UA", "GTIN" -> profile.items().stream()
						.filter(item -> item.gtin() != null && sameGtin(item.gtin(), value)).map(ItemMapping::sku)
						.findFirst();
				default -> Optional.empty();
			};
			if (found.isPresent()) {
				return found.get();
			}
		}
		throw new MappingFailure(where + ": item " + describe(ids) + " is not in supplier " + profile.supplierId()
				+ "'s item cross-reference");
	}

	Quantity toOurUnits(BigDecimal amount, @Nullable String unit, PurchaseOrderLine line, PartnerProfile profile,
			String where) throws MappingFailure {
		if (amount.signum() < 0) {
			throw new MappingFailure(where + ": quantity " + amount.toPlainString() + " is negative");
		}
		UnitOfMeasure ours = line.ordered().unit();
		if (unit == null || unit.isBlank() || unit.strip().equalsIgnoreCase(ours.code())) {
			return new Quantity(amount, ours);
		}
		String theirs = unit.strip().toUpperCase(Locale.ROOT);
		return profile.items().stream()
				.filter(item -> item.sku().equals(line.sku()) && item.supplierUnit().code().equals(theirs)
						&& item.ourUnit().equals(ours))
				.findFirst().map(item -> new Quantity(amount.multiply(item.factor()), ours))
				.orElseThrow(() -> new MappingFailure(where + ": unit " + theirs + " cannot be converted to " + ours
						+ " for SKU " + line.sku() + ": the cross-reference has no such conversion"));
	}

	private static boolean sameGtin(String a, String b) {
		return stripZeros(a).equals(stripZeros(b));
	}

	private static String stripZeros(String value) {
		String stripped = value.strip().replaceFirst("^0+(?=.)", "");
		return stripped;
	}

	private static String describe(List<PartnerItemId> ids) {
		return String.join(", ", ids.stream().map(id -> id.qualifier() + " " + id.value()).toList());
	}
}

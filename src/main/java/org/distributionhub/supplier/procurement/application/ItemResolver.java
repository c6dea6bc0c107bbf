package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
 * cross-reference: buyer's ids (BP, IN, SK) are our SKUs, vendor's ids (VP, VN, SA) its part numbers, UP/EN/UK/IB
 * GTINs and ISBNs; an id without a type is tried as each of them.
 * An item id that is in no cross-reference parks the document even when the line number matches: the partner may
 * be speaking of another item.
 */
@Component
class ItemResolver {

	/** Our SKU: buyer's part, buyer's item number, SKU, purchaser's item code, buyer's catalogue number. */
	private static final Set<String> BUYER = Set.of("BP", "IN", "SK", "PI", "CB", "BUYER");

	/** The supplier's part: vendor's part and item number, style, manufacturer's part. */
	private static final Set<String> VENDOR = Set.of("VP", "VN", "VA", "MG", "MF", "SA", "VENDOR");

	/** GTIN family: UPC, EAN, GTIN-14, case code, ISBN (X12 235 and EDIFACT 7143 spellings). */
	private static final Set<String> GTIN = Set.of("UP", "UI", "UK", "UA", "EN", "EA", "EO", "IB", "SRV", "GTIN",
			"EAN", "UPC", "ISBN");

	PurchaseOrderLine line(@Nullable String lineNumber, List<PartnerItemId> ids, PartnerProfile profile,
			PurchaseOrder order, String where) throws MappingFailure {
		if (lineNumber != null) {
			Optional<PurchaseOrderLine> byNumber = order.line(lineNumber.strip());
			if (byNumber.isEmpty()) {
				byNumber = order.line(stripZeros(lineNumber));
			}
			if (byNumber.isPresent()) {
				if (!ids.isEmpty()) {
					Sku named = sku(ids, profile, skus(order), where);
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
		Sku sku = sku(ids, profile, skus(order), where);
		List<PurchaseOrderLine> matching = order.lines().stream().filter(line -> line.sku().equals(sku)).toList();
		if (matching.size() == 1) {
			return matching.get(0);
		}
		throw new MappingFailure(where + ": item " + describe(ids) + " is our SKU " + sku + ", which "
				+ (matching.isEmpty() ? "is on no line" : "is on " + matching.size() + " lines, and no line number says which,")
				+ " of purchase order " + order.id().poNumber());
	}

	/**
	 * The PO line a shipped item belongs to. A ship notice numbers its lines its own way (856 LIN01, DESADV LIN
	 * 1082), so its item ids choose the line and its line number only tells apart lines of the same SKU.
	 */
	PurchaseOrderLine shippedLine(@Nullable String lineNumber, List<PartnerItemId> ids, PartnerProfile profile,
			PurchaseOrder order, String where) throws MappingFailure {
		if (ids.isEmpty()) {
			return line(lineNumber, ids, profile, order, where);
		}
		Sku sku = sku(ids, profile, skus(order), where);
		List<PurchaseOrderLine> matching = order.lines().stream().filter(line -> line.sku().equals(sku)).toList();
		if (matching.size() > 1 && lineNumber != null) {
			Optional<PurchaseOrderLine> numbered = matching.stream()
				.filter(line -> stripZeros(line.lineNumber()).equals(stripZeros(lineNumber))).findFirst();
			if (numbered.isPresent()) {
				return numbered.get();
			}
		}
		if (matching.size() == 1) {
			return matching.get(0);
		}
		throw new MappingFailure(where + ": item " + describe(ids) + " is our SKU " + sku + ", which "
				+ (matching.isEmpty() ? "is on no line" : "is on " + matching.size() + " lines, and no line number says which,")
				+ " of purchase order " + order.id().poNumber());
	}

	Sku sku(List<PartnerItemId> ids, PartnerProfile profile, String where) throws MappingFailure {
		return sku(ids, profile, List.of(), where);
	}

	/**
	 * The SKU the first id that is understood names. A typed id is looked up as its type says; an id without a type
	 * (or with one we do not know) is tried as a supplier part, a GTIN and one of our SKUs in the cross-reference
	 * or on the order. The failure says what was tried.
	 */
	private Sku sku(List<PartnerItemId> ids, PartnerProfile profile, List<Sku> onOrder, String where)
			throws MappingFailure {
		List<String> tried = new ArrayList<>();
		for (PartnerItemId id : ids) {
			String qualifier = id.qualifier().strip().toUpperCase(Locale.ROOT);
			String value = id.value().strip();
			if (value.isEmpty()) {
				continue;
			}
			Optional<Sku> found;
			if (BUYER.contains(qualifier)) {
				found = value.length() <= 64 ? Optional.of(new Sku(value)) : Optional.empty();
				tried.add(qualifier + " " + value + " as buyer part");
			}
			else if (VENDOR.contains(qualifier)) {
				found = bySupplierPart(value, profile);
				tried.add(qualifier + " " + value + " as supplier part");
			}
			else if (GTIN.contains(qualifier)) {
				found = byGtin(value, profile);
				tried.add(qualifier + " " + value + (qualifier.equals("IB") || qualifier.equals("ISBN") ? " as ISBN" : " as GTIN"));
			}
			else {
				found = bySupplierPart(value, profile).or(() -> byGtin(value, profile))
					.or(() -> ourSku(value, profile, onOrder));
				tried.add((qualifier.isEmpty() ? "" : qualifier + " ") + value
						+ " as supplier part, GTIN and buyer part");
			}
			if (found.isPresent()) {
				return found.get();
			}
		}
		throw new MappingFailure(where + ": tried " + (tried.isEmpty() ? "no item id" : String.join(", ", tried))
				+ ": not in the cross-reference of supplier " + profile.supplierId());
	}

	private static Optional<Sku> bySupplierPart(String value, PartnerProfile profile) {
		return profile.items().stream().filter(item -> item.supplierPart().equalsIgnoreCase(value))
			.map(ItemMapping::sku).findFirst();
	}

	private static Optional<Sku> byGtin(String value, PartnerProfile profile) {
		String gtin = gtin(value);
		if (gtin == null) {
			return Optional.empty();
		}
		return profile.items().stream().filter(item -> item.gtin() != null && gtin.equals(gtin(item.gtin())))
			.map(ItemMapping::sku).findFirst();
	}

	private static Optional<Sku> ourSku(String value, PartnerProfile profile, List<Sku> onOrder) {
		return java.util.stream.Stream.concat(profile.items().stream().map(ItemMapping::sku), onOrder.stream())
			.filter(sku -> sku.code().equalsIgnoreCase(value)).findFirst();
	}

	/**
	 * A GTIN, EAN, UPC or ISBN reduced to its digits without leading zeros (so GTIN-14, EAN-13 and UPC-A of one
	 * item compare equal); an ISBN-10 becomes its ISBN-13 (prefix 978, new check digit). Null when not such a number.
	 */
	static @Nullable String gtin(String value) {
		String digits = value.strip().replace("-", "").replace(" ", "");
		if (digits.matches("\\d{9}[\\dXx]")) {
			String body = "978" + digits.substring(0, 9);
			int sum = 0;
			for (int i = 0; i < body.length(); i++) {
				sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
			}
			digits = body + (10 - sum % 10) % 10;
		}
		return digits.matches("\\d{6,14}") ? stripZeros(digits) : null;
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

	private static List<Sku> skus(PurchaseOrder order) {
		return order.lines().stream().map(PurchaseOrderLine::sku).toList();
	}

	private static String stripZeros(String value) {
		String stripped = value.strip().replaceFirst("^0+(?=.)", "");
		return stripped;
	}

	private static String describe(List<PartnerItemId> ids) {
		return String.join(", ",
				ids.stream().map(id -> (id.qualifier().isBlank() ? "" : id.qualifier() + " ") + id.value()).toList());
	}
}

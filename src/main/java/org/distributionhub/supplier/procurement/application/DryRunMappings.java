package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.distributionhub.shared.Quantity;
import org.distributionhub.supplier.api.DryRunReport.Mapping;
import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.domain.StatusCodes;
import org.distributionhub.supplier.procurement.domain.StatusMeaning;
import org.distributionhub.supplier.procurement.domain.UnknownCodeException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How each partner value of a sample maps, asked of the rules the intake applies ({@link ItemResolver},
 * {@link StatusCodes}): every item, unit and code in its turn, so one unknown item does not hide the next.
 */
@Component
class DryRunMappings {

	private final ItemResolver items;

	DryRunMappings(ItemResolver items) {
		this.items = items;
	}

	/** Where each line of a document is in the sample, by its position (1 for the first line). */
	interface Locations {

		String line(PartnerDocument document, int position);

		String document(PartnerDocument document);
	}

	List<Mapping> of(List<PartnerDocument> documents, PartnerProfile profile,
			Map<PurchaseOrderId, PurchaseOrder> orders, Locations where) {
		List<Mapping> mappings = new ArrayList<>();
		for (PartnerDocument document : documents) {
			if (document instanceof ReceivedAcknowledgement ack) {
				acknowledgement(ack, profile, orders, where, mappings);
			}
			else if (document instanceof ReceivedShipNotice notice) {
				shipNotice(notice, profile, orders, where, mappings);
			}
		}
		return mappings;
	}

	private void acknowledgement(ReceivedAcknowledgement ack, PartnerProfile profile,
			Map<PurchaseOrderId, PurchaseOrder> orders, Locations where, List<Mapping> mappings) {
		PurchaseOrder order = order(ack.poNumber(), profile, orders, where.document(ack), mappings);
		try {
			mappings.add(new Mapping(where.document(ack), "purpose and type",
					Objects.requireNonNullElse(ack.purposeCode(), "") + " " + Objects.requireNonNullElse(ack.typeCode(), ""),
					StatusCodes.purpose(ack.codeList(), ack.purposeCode()) + " "
							+ StatusCodes.disposition(ack.codeList(), ack.typeCode(), ack.purposeCode()),
					null));
		}
		catch (UnknownCodeException ex) {
			mappings.add(new Mapping(where.document(ack), "purpose and type", ack.purposeCode() + " " + ack.typeCode(),
					null, ex.getMessage()));
		}
		int index = 0;
		for (ReceivedAcknowledgement.Line line : ack.lines()) {
			index++;
			String location = where.line(ack, index);
			PurchaseOrderLine target = line(location, line.lineNumber(), line.items(), profile, order, false, mappings);
			if (target != null && line.orderedQuantity() != null) {
				unit(location, line.orderedQuantity(), line.orderedUnit(), target, profile, mappings);
			}
			for (ReceivedAcknowledgement.Status status : line.statuses()) {
				code(location, ack.codeList(), status, profile, mappings);
				if (!status.substituteItems().isEmpty()) {
					item(location, "substitute", status.substituteItems(), profile, mappings);
				}
			}
		}
	}

	private void shipNotice(ReceivedShipNotice notice, PartnerProfile profile,
			Map<PurchaseOrderId, PurchaseOrder> orders, Locations where, List<Mapping> mappings) {
		int index = 0;
		for (ReceivedShipNotice.Item item : notice.items()) {
			index++;
			String location = where.line(notice, index);
			PurchaseOrder order = order(item.poNumber(), profile, orders, location, mappings);
			PurchaseOrderLine target = line(location, item.lineNumber(), item.items(), profile, order, true, mappings);
			if (target != null) {
				unit(location, item.quantity(), item.unit(), target, profile, mappings);
			}
		}
	}

	private static @Nullable PurchaseOrder order(String poNumber, PartnerProfile profile,
			Map<PurchaseOrderId, PurchaseOrder> orders, String location, List<Mapping> mappings) {
		PurchaseOrder order = PurchaseOrderId.isPoNumber(poNumber)
				? orders.get(new PurchaseOrderId(profile.supplierId(), poNumber)) : null;
		mappings.add(new Mapping(location, "purchase order", poNumber,
				order == null ? null : order.id().poNumber() + " revision " + order.revision(),
				order == null ? "Purchase order " + poNumber + " of supplier " + profile.supplierId()
						+ " is not known (yet)" : null));
		return order;
	}

	private @Nullable PurchaseOrderLine line(String location, @Nullable String lineNumber, List<PartnerItemId> ids,
			PartnerProfile profile, @Nullable PurchaseOrder order, boolean shipped, List<Mapping> mappings) {
		String partner = (lineNumber == null ? "" : "line " + lineNumber + " ") + describe(ids);
		if (order == null) {
			if (!ids.isEmpty()) {
				item(location, "item", ids, profile, mappings);
			}
			return null;
		}
		try {
			PurchaseOrderLine target = shipped ? items.shippedLine(lineNumber, ids, profile, order, location)
					: items.line(lineNumber, ids, profile, order, location);
			mappings.add(new Mapping(location, "item", partner.strip(),
					"SKU " + target.sku().code() + " on PO line " + target.lineNumber(), null));
			return target;
		}
		catch (MappingFailure failure) {
			mappings.add(new Mapping(location, "item", partner.strip(), null, failure.getMessage()));
			return null;
		}
	}

	private void item(String location, String what, List<PartnerItemId> ids, PartnerProfile profile,
			List<Mapping> mappings) {
		try {
			mappings.add(new Mapping(location, what, describe(ids), "SKU " + items.sku(ids, profile, location).code(),
					null));
		}
		catch (MappingFailure failure) {
			mappings.add(new Mapping(location, what, describe(ids), null, failure.getMessage()));
		}
	}

	private void unit(String location, BigDecimal quantity, @Nullable String unit, PurchaseOrderLine target,
			PartnerProfile profile, List<Mapping> mappings) {
		String partner = quantity.stripTrailingZeros().toPlainString() + " " + Objects.requireNonNullElse(unit, "");
		try {
			Quantity ours = items.toOurUnits(quantity, unit, target, profile, location);
			mappings.add(new Mapping(location, "unit", partner.strip(),
					ours.amount().stripTrailingZeros().toPlainString() + " " + ours.unit().code(), null));
		}
		catch (MappingFailure failure) {
			mappings.add(new Mapping(location, "unit", partner.strip(), null, failure.getMessage()));
		}
	}

	private static void code(String location, CodeList list, ReceivedAcknowledgement.Status status,
			PartnerProfile profile, List<Mapping> mappings) {
		String partner = list + " " + status.code() + (status.partnerCode() == null ? "" : " / " + status.partnerCode());
		try {
			StatusMeaning meaning = StatusCodes.meaning(list, status.code(), status.partnerCode(), profile.codeMap());
			mappings.add(new Mapping(location, "status code", partner, meaning.status()
					+ (meaning.qualifier() == StatusMeaning.Qualifier.NONE ? "" : " (" + meaning.qualifier() + ")"),
					null));
		}
		catch (UnknownCodeException ex) {
			mappings.add(new Mapping(location, "status code", partner, null, ex.getMessage()));
		}
	}

	static String describe(List<PartnerItemId> ids) {
		return String.join(", ",
				ids.stream().map(id -> (id.qualifier().isBlank() ? "" : id.qualifier() + " ") + id.value()).toList());
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice.Item;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Reads an 856 whatever the order and depth of its levels (S-O-I, S-O-P-I, S-O-I-P, S-T-O-I, S-O-T-P-I): BSN02
 * shipment id, DTM 011 ship date and 017 or 067 expected delivery, and one item per I level (LIN01 line, or the
 * PO line of a PL pair; LIN02 onwards ids, SN1 quantity and unit) with the SSCC of its pack (MAN of the nearest P,
 * else T level). The PO is the item's own (a LIN PO or ON pair, or a PRF at item level), else the PRF01 of the
 * nearest level above that has one, usually the order level; an item with neither is an error. When the packs sit
 * below the item (S-O-I-P) and carry their own SN1, each pack is an item of its own.
 */
final class X12ShipNoticeReader implements X12TransactionMapper {

	/** LIN qualifiers that name the order rather than the item: PO number, customer order number, PO line. */
	private static final Set<String> REFERENCES = Set.of("PO", "ON", "PL");

	@Override
	public String setId() {
		return "856";
	}

	@Override
	public @Nullable PartnerDocument map(X12Transaction transaction, X12Fields fields) {
		List<Segment> body = transaction.body();
		if (body.isEmpty() || !body.get(0).is("BSN")) {
			fields.issues().segment("BSN", 2, "3", "BSN is required right after ST");
			return null;
		}
		Segment bsn = body.get(0);
		String shipmentId = fields.text(bsn, 2, "396", true);
		fields.date(bsn, 3, "373", true);
		LocalDate shipped = null;
		LocalDate expected = null;
		for (Segment dtm : body.stream().filter(segment -> segment.is("DTM")).toList()) {
			String qualifier = dtm.value(1).strip();
			if (qualifier.equals("011") && shipped == null) {
				shipped = fields.date(dtm, 2, "373", true);
			}
			else if ((qualifier.equals("017") || qualifier.equals("067")) && expected == null) {
				expected = fields.date(dtm, 2, "373", true);
			}
		}
		HlTree tree = HlTree.of(body, fields);
		List<Item> items = new ArrayList<>();
		for (HlTree.Node item : tree.levels("I")) {
			items.addAll(items(item, fields));
		}
		if (tree.levels("I").isEmpty()) {
			fields.issues().segment("HL", 2, "3", "The ship notice has no item level (HL03 I)");
		}
		return shipmentId == null ? null
				: new ReceivedShipNotice(transaction.controlNumber(), shipmentId, shipped, expected, items);
	}

	private static List<Item> items(HlTree.Node item, X12Fields fields) {
		Segment hl = item.hl();
		Optional<Segment> lin = item.first("LIN");
		if (lin.isEmpty()) {
			fields.issues().segment("HL", hl.position(), "3", "Item level " + hl.value(1) + " has no LIN");
			return List.of();
		}
		List<PartnerItemId> pairs = fields.itemIds(lin.get(), 2, 31);
		String poNumber = purchaseOrder(item, pairs, fields);
		String line = pairs.stream().filter(id -> id.qualifier().equals("PL")).map(PartnerItemId::value).findFirst()
			.orElseGet(() -> fields.text(lin.get(), 1, "350", false));
		List<PartnerItemId> ids = pairs.stream().filter(id -> !REFERENCES.contains(id.qualifier())).toList();
		List<HlTree.Node> packs = item.below("P");
		if (!packs.isEmpty() && packs.stream().allMatch(pack -> pack.first("SN1").isPresent())) {
			List<Item> perPack = new ArrayList<>();
			for (HlTree.Node pack : packs) {
				Quantity quantity = quantity(pack.first("SN1").orElseThrow(), fields);
				if (quantity != null && poNumber != null) {
					perPack.add(new Item(poNumber, line, ids, quantity.amount, quantity.unit, sscc(pack)));
				}
			}
			return perPack;
		}
		Optional<Segment> sn1 = item.first("SN1");
		if (sn1.isEmpty()) {
			fields.issues().segment("HL", hl.position(), "3", "Item level " + hl.value(1) + " has no SN1");
			return List.of();
		}
		Quantity quantity = quantity(sn1.get(), fields);
		String packId = packs.size() == 1 ? sscc(packs.get(0))
				: item.above("P").or(() -> item.above("T")).map(X12ShipNoticeReader::sscc).orElse(null);
		return quantity == null || poNumber == null ? List.of()
				: List.of(new Item(poNumber, line, ids, quantity.amount, quantity.unit, packId));
	}

	private static @Nullable String purchaseOrder(HlTree.Node item, List<PartnerItemId> pairs, X12Fields fields) {
		Optional<String> own = pairs.stream().filter(id -> id.qualifier().equals("PO") || id.qualifier().equals("ON"))
			.map(PartnerItemId::value).findFirst();
		if (own.isPresent()) {
			return own.get();
		}
		for (HlTree.Node level = item; level != null; level = level.parent()) {
			Optional<Segment> prf = level.first("PRF");
			if (prf.isPresent()) {
				return fields.text(prf.get(), 1, "324", true);
			}
		}
		Optional<HlTree.Node> order = item.above("O");
		if (order.isPresent()) {
			fields.issues().segment("HL", order.get().hl().position(), "3", "Order level " + order.get().hl().value(1)
					+ " has no PRF with the PO number, and item level " + item.hl().value(1) + " names none (LIN PO)");
		}
		else {
			fields.issues().segment("HL", item.hl().position(), "7", "Item level " + item.hl().value(1)
					+ " names no PO (LIN PO or PRF) and is not below an order level (HL03 O) that does");
		}
		return null;
	}

	private static @Nullable Quantity quantity(Segment sn1, X12Fields fields) {
		BigDecimal amount = fields.decimal(sn1, 2, "382", true);
		String unit = fields.text(sn1, 3, "355", false);
		return amount == null ? null : new Quantity(amount, unit);
	}

	/** MAN02 of the level, the GM (SSCC-18) mark first. */
	private static @Nullable String sscc(HlTree.Node pack) {
		List<Segment> marks = pack.segmentsTagged("MAN");
		return marks.stream().filter(man -> man.value(1).strip().equals("GM")).findFirst()
				.or(() -> marks.stream().findFirst()).map(man -> man.value(2).strip()).filter(id -> !id.isEmpty())
				.orElse(null);
	}

	private record Quantity(BigDecimal amount, @Nullable String unit) {
	}
}

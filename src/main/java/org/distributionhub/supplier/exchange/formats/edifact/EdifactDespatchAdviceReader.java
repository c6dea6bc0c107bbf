package org.distributionhub.supplier.exchange.formats.edifact;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads a DESADV as a ship notice: BGM document number as the shipment id, DTM+11 the despatch date, DTM+17 (or
 * +2, +132) the expected delivery, and per LIN its item number and PIA ids (with or without an item type), QTY+12
 * (else +46, else +21) the quantity, the PO from the nearest RFF+ON (the line's own, else the message's, with the
 * order's line number in 1156 when given) and the
 * SSCC of its packing level: the GIN+BJ of its CPS, or of the nearest CPS above it (CPS 7166 names the parent) when
 * its own level has none, so items in a carton on a pallet carry the carton's SSCC.
 */
final class EdifactDespatchAdviceReader implements EdifactMessageMapper {

	private static final List<String> QUANTITIES = List.of("12", "46", "21");

	@Override
	public String messageType() {
		return "DESADV";
	}

	@Override
	public @Nullable PartnerDocument map(String reference, List<Segment> body, SegmentIssues issues) {
		Segment bgm = body.stream().filter(segment -> segment.is("BGM")).findFirst().orElse(null);
		if (bgm == null || bgm.component(2, 1).isBlank()) {
			issues.segment("BGM", 2, "3", "BGM with the despatch advice number is required right after UNH");
			return null;
		}
		LocalDateTime shipped = null;
		LocalDateTime expected = null;
		String headerOrder = null;
		String pack = null;
		String level = null;
		Map<String, String> ssccs = new HashMap<>();
		List<ReceivedShipNotice.Item> items = new ArrayList<>();
		ItemDraft draft = null;
		for (Segment segment : body) {
			switch (segment.tag()) {
				case "DTM" -> {
					String qualifier = segment.component(1, 1);
					LocalDateTime value = EdifactValues.dateTime(segment.component(1, 2), segment.component(1, 3));
					if (qualifier.equals("11") && shipped == null) {
						shipped = value;
					}
					else if ((qualifier.equals("17") || qualifier.equals("2") || qualifier.equals("132"))
							&& expected == null) {
						expected = value;
					}
				}
				case "RFF" -> {
					if (segment.component(1, 1).equals("ON")) {
						if (draft != null) {
							draft.order = segment.component(1, 2).strip();
							draft.orderLine = EdifactOrderResponseLines.orderLine(segment);
						}
						else if (headerOrder == null) {
							headerOrder = segment.component(1, 2).strip();
						}
					}
				}
				case "CPS" -> {
					add(items, draft, headerOrder, issues);
					draft = null;
					level = segment.value(1).strip();
					pack = ssccs.get(segment.value(2).strip());
				}
				case "GIN" -> {
					boolean firstOfLevel = level == null || !ssccs.containsKey(level);
					if (draft == null && firstOfLevel && segment.value(1).strip().equals("BJ")
							&& !segment.component(2, 1).isBlank()) {
						pack = segment.component(2, 1).strip();
						if (level != null) {
							ssccs.put(level, pack);
						}
					}
				}
				case "LIN" -> {
					add(items, draft, headerOrder, issues);
					draft = new ItemDraft(segment, pack);
				}
				case "PIA" -> {
					if (draft != null) {
						for (int element = 2; element <= segment.size(); element++) {
							draft.id(segment.component(element, 1), segment.component(element, 2),
									segment.component(element, 4));
						}
					}
				}
				case "QTY" -> {
					if (draft != null) {
						draft.quantity(segment, issues);
					}
				}
				default -> {
					// PAC, MEA, NAD and the like carry nothing the ship notice needs
				}
			}
		}
		add(items, draft, headerOrder, issues);
		return issues.any() ? null
				: new ReceivedShipNotice(reference, bgm.component(2, 1).strip(),
						shipped == null ? null : shipped.toLocalDate(), expected == null ? null : expected.toLocalDate(),
						items);
	}

	private static void add(List<ReceivedShipNotice.Item> items, @Nullable ItemDraft draft,
			@Nullable String headerOrder, SegmentIssues issues) {
		if (draft == null) {
			return;
		}
		String order = draft.order != null ? draft.order : headerOrder;
		if (order == null || order.isEmpty()) {
			issues.segment("LIN", draft.lin.position(), "3", "No RFF+ON gives the purchase order of this line");
		}
		else if (draft.amount == null) {
			issues.segment("LIN", draft.lin.position(), "3", "No QTY+12 gives the despatched quantity of this line");
		}
		else {
			String line = draft.orderLine != null ? draft.orderLine
					: draft.lin.value(1).isBlank() ? null : draft.lin.value(1).strip();
			items.add(new ReceivedShipNotice.Item(order, line, draft.ids, draft.amount, draft.unit, draft.pack));
		}
	}

	private static final class ItemDraft {

		private final Segment lin;
		private final @Nullable String pack;
		private final List<PartnerItemId> ids = new ArrayList<>();
		private @Nullable String order;
		private @Nullable String orderLine;
		private @Nullable BigDecimal amount;
		private @Nullable String unit;
		private int amountRank = Integer.MAX_VALUE;

		ItemDraft(Segment lin, @Nullable String pack) {
			this.lin = lin;
			this.pack = pack;
			id(lin.component(3, 1), lin.component(3, 2), lin.component(3, 4));
		}

		void id(String number, String type, String agency) {
			if (!number.isBlank()) {
				ids.add(new PartnerItemId(EdifactValues.itemQualifier(type, agency), number.strip()));
			}
		}

		void quantity(Segment qty, SegmentIssues issues) {
			String qualifier = qty.component(1, 1).strip();
			BigDecimal value = EdifactValues.number(qty.component(1, 2));
			if (value != null && EdifactValues.limitProblem(value, "6060") != null) {
				issues.element(qty, 1, "6060", "6", qty.component(1, 2), "QTY+" + qualifier + " '"
						+ qty.component(1, 2) + "' " + EdifactValues.limitProblem(value, "6060"));
				value = null;
			}
			int rank = QUANTITIES.indexOf(qualifier);
			if (value != null && rank >= 0 && rank < amountRank) {
				amount = value;
				amountRank = rank;
				unit = qty.component(1, 3).isBlank() ? null : qty.component(1, 3).strip();
			}
		}
	}
}

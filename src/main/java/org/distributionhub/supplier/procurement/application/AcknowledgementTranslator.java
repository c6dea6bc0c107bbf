package org.distributionhub.supplier.procurement.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PriceChangeSource;
import org.distributionhub.supplier.procurement.domain.AckLoop;
import org.distributionhub.supplier.procurement.domain.Acknowledgement;
import org.distributionhub.supplier.procurement.domain.Delivery;
import org.distributionhub.supplier.procurement.domain.Disposition;
import org.distributionhub.supplier.procurement.domain.LineStatement;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.domain.Purpose;
import org.distributionhub.supplier.procurement.domain.StatusCodes;
import org.distributionhub.supplier.procurement.domain.StatusMeaning;
import org.distributionhub.supplier.procurement.domain.UnknownCodeException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a partner's acknowledgement in our terms through its profile: its codes become our statuses, its items
 * our PO lines, its units ours, its statements one answer per line read by {@link AckLoop}. Anything it cannot map
 * is a {@link MappingFailure} naming what is missing.
 */
@Component
public class AcknowledgementTranslator {

	private final ItemResolver items;

	AcknowledgementTranslator(ItemResolver items) {
		this.items = items;
	}

	public Acknowledgement translate(ReceivedAcknowledgement document, PartnerProfile profile, PurchaseOrder order,
			Instant receivedAt) throws MappingFailure {
		Purpose purpose;
		Disposition disposition;
		try {
			purpose = StatusCodes.purpose(document.codeList(), document.purposeCode());
			disposition = StatusCodes.disposition(document.codeList(), document.typeCode(), document.purposeCode());
		}
		catch (UnknownCodeException ex) {
			// No mapping can make an acknowledgement's purpose or type one the hub applies: refused, not parked
			// (a replay would park it again). A line status code, by contrast, can be mapped in the profile.
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		Instant at = document.acknowledgedAt() != null ? document.acknowledgedAt().toInstant() : receivedAt;
		Map<String, LineDraft> drafts = new LinkedHashMap<>();
		int index = 0;
		for (ReceivedAcknowledgement.Line line : document.lines()) {
			index++;
			PurchaseOrderLine target = items.line(line.lineNumber(), line.items(), profile, order, "line " + index);
			LineDraft draft = drafts.computeIfAbsent(target.lineNumber(), number -> new LineDraft(target));
			translateLine(document, line, target, profile, order, draft, index);
		}
		return new Acknowledgement(order.id().poNumber(), purpose, disposition, at,
				drafts.values().stream().map(LineDraft::answer).toList());
	}

	private void translateLine(ReceivedAcknowledgement document, ReceivedAcknowledgement.Line line,
			PurchaseOrderLine target, PartnerProfile profile, PurchaseOrder order, LineDraft draft, int index)
			throws MappingFailure {
		String where = "line " + index + " (PO line " + target.lineNumber() + ")";
		String partnerUnit = line.orderedUnit();
		for (ReceivedAcknowledgement.Status status : line.statuses()) {
			StatusMeaning meaning;
			try {
				meaning = StatusCodes.meaning(document.codeList(), status.code(), status.partnerCode(),
						profile.codeMap());
			}
			catch (UnknownCodeException ex) {
				throw new MappingFailure(where + ": " + ex.getMessage());
			}
			Quantity quantity = status.quantity() == null ? null
					: items.toOurUnits(status.quantity(), status.unit() != null ? status.unit() : partnerUnit, target,
							profile, where);
			// X12 names a substitute with ACK*IS; EDIFACT with PIA+3 ("substituted by") on a changed or amended line.
			boolean substitution = meaning.qualifier() == StatusMeaning.Qualifier.SUBSTITUTION
					|| document.codeList() == CodeList.EDIFACT;
			Sku substitute = substitution && !status.substituteItems().isEmpty()
							? items.sku(status.substituteItems(), profile, where + " substitute") : null;
			String reason = status.reason() != null ? status.reason()
					: StatusCodes.rejectionReason(document.codeList(), status.code());
			draft.statements.add(new LineStatement(meaning, quantity, status.date(),
					price(document, status, line, meaning, profile, order, where), substitute, reason));
		}
		for (ReceivedAcknowledgement.Schedule schedule : line.schedule()) {
			draft.schedule.add(new Delivery(items.toOurUnits(schedule.quantity(),
					schedule.unit() != null ? schedule.unit() : partnerUnit, target, profile, where), schedule.date()));
		}
		if (draft.price == null) {
			draft.price = linePrice(document, line, profile, order, where);
		}
	}

	/**
	 * The new price a status gives: its own (X12 CTP, a portal's price), or for a price change without one the
	 * line's price (X12 PO104). An X12 partner's profile may say its guide puts the new price only in CTP or only
	 * in PO104.
	 */
	private static @Nullable Money price(ReceivedAcknowledgement document, ReceivedAcknowledgement.Status status,
			ReceivedAcknowledgement.Line line, StatusMeaning meaning, PartnerProfile profile, PurchaseOrder order,
			String where) throws MappingFailure {
		PriceChangeSource source = document.codeList() == CodeList.X12 ? profile.priceChangeSource()
				: PriceChangeSource.CTP_OR_PO104;
		if (status.unitPrice() != null && source != PriceChangeSource.PO104) {
			return money(status.unitPrice(), line.currency(), order, where);
		}
		if (meaning.qualifier() == StatusMeaning.Qualifier.PRICE && line.unitPrice() != null
				&& source != PriceChangeSource.CTP) {
			return money(line.unitPrice(), line.currency(), order, where);
		}
		return null;
	}

	/** The line's own price (X12 PO104), unless the partner's guide says PO104 only echoes what we ordered. */
	private static @Nullable Money linePrice(ReceivedAcknowledgement document, ReceivedAcknowledgement.Line line,
			PartnerProfile profile, PurchaseOrder order, String where) throws MappingFailure {
		if (line.unitPrice() == null
				|| (document.codeList() == CodeList.X12 && profile.priceChangeSource() == PriceChangeSource.CTP)) {
			return null;
		}
		return money(line.unitPrice(), line.currency(), order, where);
	}

	private static Money money(java.math.BigDecimal amount, @Nullable String currency, PurchaseOrder order,
			String where) throws MappingFailure {
		String code = currency != null ? currency : order.currency();
		if (code == null) {
			throw new MappingFailure(where + ": a price " + amount.toPlainString()
					+ " without a currency, and the purchase order has none");
		}
		try {
			return new Money(amount, Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw new MappingFailure(where + ": price " + amount.toPlainString() + " " + code + ": " + ex.getMessage());
		}
	}

	/** The answer for one PO line being assembled from the partner's lines that name it. */
	private static final class LineDraft {

		private final PurchaseOrderLine line;
		private final List<LineStatement> statements = new ArrayList<>();
		private final List<Delivery> schedule = new ArrayList<>();
		private @Nullable Money price;

		LineDraft(PurchaseOrderLine line) {
			this.line = line;
		}

		Acknowledgement.LineAnswer answer() {
			return AckLoop.answer(line.lineNumber(), line.ordered(), statements, schedule, price);
		}
	}
}

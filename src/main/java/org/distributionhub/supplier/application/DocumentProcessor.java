package org.distributionhub.supplier.application;

import java.time.Clock;
import java.util.List;

import org.distributionhub.supplier.domain.AcknowledgementResult;
import org.distributionhub.supplier.domain.PartnerProfile;
import org.distributionhub.supplier.domain.PurchaseOrder;
import org.distributionhub.supplier.domain.PurchaseOrderId;
import org.distributionhub.supplier.ports.in.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.ports.out.MappingExceptions;
import org.distributionhub.supplier.ports.out.PartnerDocument;
import org.distributionhub.supplier.ports.out.PurchaseOrders;
import org.distributionhub.supplier.ports.out.ReceivedAcknowledgement;
import org.distributionhub.supplier.ports.out.ReceivedFunctionalAck;
import org.distributionhub.supplier.ports.out.ReceivedShipNotice;
import org.springframework.stereotype.Component;

/**
 * Applies one document of a partner message inside the message's transaction: an acknowledgement to its purchase
 * order, a ship notice to its lines, a functional acknowledgement to the orders it confirms. A document that cannot
 * be mapped is parked with its reason, to be replayed once the mapping exists.
 */
@Component
class DocumentProcessor {

	private final PurchaseOrders orders;
	private final AcknowledgementTranslator translator;
	private final ShipNoticeTranslator shipNotices;
	private final MappingExceptions parked;
	private final SupplierEvents events;
	private final Clock clock;

	DocumentProcessor(PurchaseOrders orders, AcknowledgementTranslator translator, ShipNoticeTranslator shipNotices,
			MappingExceptions parked, SupplierEvents events, Clock clock) {
		this.orders = orders;
		this.translator = translator;
		this.shipNotices = shipNotices;
		this.parked = parked;
		this.events = events;
		this.clock = clock;
	}

	DocumentOutcome process(ReceivedMessage message, int index, PartnerDocument document, PartnerProfile profile) {
		try {
			if (document instanceof ReceivedAcknowledgement ack) {
				return acknowledge(message, ack, profile);
			}
			if (document instanceof ReceivedShipNotice notice) {
				return shipNotices.apply(message, notice, profile);
			}
			return functionalAck(message, (ReceivedFunctionalAck) document);
		}
		catch (MappingFailure failure) {
			String po = poNumber(document);
			parked.park(message.id(), index, message.supplierId(), po, failure.getMessage(), clock.instant());
			return new DocumentOutcome(document.documentId(), kind(document), po, "PARKED", failure.getMessage());
		}
		catch (IllegalArgumentException invalid) {
			// A value our model refuses (a PO number too long, a negative quantity...): this document is refused.
			return new DocumentOutcome(document.documentId(), kind(document), shortPo(document), "REFUSED",
					invalid.getMessage());
		}
	}

	private DocumentOutcome acknowledge(ReceivedMessage message, ReceivedAcknowledgement document,
			PartnerProfile profile) throws MappingFailure {
		PurchaseOrder order = orders.findForUpdate(new PurchaseOrderId(profile.supplierId(), document.poNumber()))
				.orElseThrow(() -> new MappingFailure("Purchase order " + document.poNumber() + " of supplier "
						+ profile.supplierId() + " is not known (yet)"));
		var acknowledgement = translator.translate(document, profile, order, message.receivedAt());
		AcknowledgementResult result = order.acknowledge(acknowledgement, profile.remainderPolicy());
		if (result.kind() == AcknowledgementResult.Kind.APPLIED) {
			orders.update(order, clock.instant());
		}
		if (result.changedSomething()) {
			events.acknowledged(order, message.id() + "/" + document.documentId(), message.channel(),
					result.changes());
		}
		String outcome = switch (result.kind()) {
			case APPLIED -> result.changedSomething() ? "APPLIED" : "NO_CHANGE";
			case DUPLICATE -> "DUPLICATE";
			case STALE -> "STALE";
		};
		return new DocumentOutcome(document.documentId(), "ACKNOWLEDGEMENT", document.poNumber(), outcome,
				result.explanation());
	}

	private DocumentOutcome functionalAck(ReceivedMessage message, ReceivedFunctionalAck document) {
		long group;
		try {
			group = Long.parseLong(document.groupControlNumber().strip());
		}
		catch (NumberFormatException ex) {
			return new DocumentOutcome(document.documentId(), "FUNCTIONAL_ACK", null, "NO_CHANGE",
					"Group control number " + document.groupControlNumber() + " is not one of ours");
		}
		List<PurchaseOrderId> ids = "PO".equalsIgnoreCase(document.functionalId())
				? orders.findByDispatchGroup(message.supplierId(), group) : List.of();
		for (PurchaseOrderId id : ids) {
			orders.findForUpdate(id).ifPresent(order -> {
				order.recordFunctionalAcknowledgement(document.groupStatus());
				orders.update(order, clock.instant());
			});
		}
		return new DocumentOutcome(document.documentId(), "FUNCTIONAL_ACK",
				ids.size() == 1 ? ids.get(0).poNumber() : null, ids.isEmpty() ? "NO_CHANGE" : "APPLIED",
				ids.isEmpty() ? "No purchase order of ours went out in group " + group
						: "Group " + group + " acknowledged with " + document.groupStatus() + " for "
								+ ids.size() + " purchase order(s)");
	}

	private static @org.jspecify.annotations.Nullable String shortPo(PartnerDocument document) {
		String po = poNumber(document);
		return po == null || po.length() <= 40 ? po : po.substring(0, 40);
	}

	static String kind(PartnerDocument document) {
		if (document instanceof ReceivedAcknowledgement) {
			return "ACKNOWLEDGEMENT";
		}
		return document instanceof ReceivedShipNotice ? "SHIP_NOTICE" : "FUNCTIONAL_ACK";
	}

	static @org.jspecify.annotations.Nullable String poNumber(PartnerDocument document) {
		if (document instanceof ReceivedAcknowledgement ack) {
			return ack.poNumber();
		}
		if (document instanceof ReceivedShipNotice notice) {
			return notice.items().isEmpty() ? null : notice.items().get(0).poNumber();
		}
		return null;
	}
}

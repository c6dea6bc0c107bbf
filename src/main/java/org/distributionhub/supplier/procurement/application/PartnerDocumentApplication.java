package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.util.List;

import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerDocumentHandler;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.AcknowledgementResult;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.springframework.stereotype.Component;

/**
 * Applies what a partner's document says to our purchase orders, in the message's transaction: an acknowledgement
 * to its purchase order, a ship notice to its lines, a functional acknowledgement to the orders it confirms.
 */
@Component
class PartnerDocumentApplication implements PartnerDocumentHandler {

	private final PurchaseOrders orders;
	private final AcknowledgementTranslator translator;
	private final ShipNoticeTranslator shipNotices;
	private final SupplierEvents events;
	private final Clock clock;

	PartnerDocumentApplication(PurchaseOrders orders, AcknowledgementTranslator translator,
			ShipNoticeTranslator shipNotices, SupplierEvents events, Clock clock) {
		this.orders = orders;
		this.translator = translator;
		this.shipNotices = shipNotices;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public DocumentOutcome apply(ReceivedMessage message, PartnerDocument document, PartnerProfile profile)
			throws MappingFailure {
		if (document instanceof ReceivedAcknowledgement ack) {
			return acknowledge(message, ack, profile);
		}
		if (document instanceof ReceivedShipNotice notice) {
			return shipNotices.apply(message, notice, profile);
		}
		return functionalAck(message, (ReceivedFunctionalAck) document);
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
			events.acknowledged(order, message.id() + "/" + document.documentId(), message.channel().name(),
					result.changes());
		}
		DocumentResult outcome = switch (result.kind()) {
			case APPLIED -> result.changedSomething() ? DocumentResult.APPLIED : DocumentResult.NO_CHANGE;
			case DUPLICATE -> DocumentResult.DUPLICATE;
			case STALE -> DocumentResult.STALE;
		};
		return new DocumentOutcome(document.documentId(), DocumentKind.ACKNOWLEDGEMENT, document.poNumber(), outcome,
				result.explanation());
	}

	private DocumentOutcome functionalAck(ReceivedMessage message, ReceivedFunctionalAck document) {
		long group;
		try {
			group = Long.parseLong(document.groupControlNumber().strip());
		}
		catch (NumberFormatException ex) {
			return new DocumentOutcome(document.documentId(), DocumentKind.FUNCTIONAL_ACK, null, DocumentResult.NO_CHANGE,
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
		return new DocumentOutcome(document.documentId(), DocumentKind.FUNCTIONAL_ACK,
				ids.size() == 1 ? ids.get(0).poNumber() : null,
				ids.isEmpty() ? DocumentResult.NO_CHANGE : DocumentResult.APPLIED,
				ids.isEmpty() ? "No purchase order of ours went out in group " + group
						: "Group " + group + " acknowledged with " + document.groupStatus() + " for "
								+ ids.size() + " purchase order(s)");
	}
}

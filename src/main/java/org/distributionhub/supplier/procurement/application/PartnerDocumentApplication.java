package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.CorrelationId;

import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerDocumentHandler;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.AcknowledgementResult;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Applies what a partner's document says to our purchase orders, in the message's transaction: an acknowledgement
 * to its purchase order, a ship notice to its lines, a functional acknowledgement to the orders it confirms. A test
 * message is translated and judged the same way (an acknowledgement is applied to the order in memory), but nothing
 * is saved or published: its outcome says what would have changed.
 */
@Component
class PartnerDocumentApplication implements PartnerDocumentHandler {

	/** How the outcome of a test document begins: what follows would have happened. */
	static final String TEST = "Test, nothing changed: ";

	private final PurchaseOrders orders;
	private final AcknowledgementTranslator translator;
	private final ShipNoticeTranslator shipNotices;
	private final SupplierEvents events;
	private final ItemResolver items;
	private final SupplierInvoiceIntake invoices;
	private final Clock clock;

	PartnerDocumentApplication(PurchaseOrders orders, AcknowledgementTranslator translator,
			ShipNoticeTranslator shipNotices, SupplierEvents events, ItemResolver items,
			SupplierInvoiceIntake invoices, Clock clock) {
		this.orders = orders;
		this.translator = translator;
		this.shipNotices = shipNotices;
		this.events = events;
		this.items = items;
		this.invoices = invoices;
		this.clock = clock;
	}

	@Override
	public DocumentOutcome apply(ReceivedMessage message, PartnerDocument document, PartnerProfile profile)
			throws MappingFailure {
		if (document instanceof ReceivedAcknowledgement ack) {
			return acknowledge(message, ack, profile);
		}
		if (document instanceof ReceivedShipNotice notice) {
			return message.test() ? rehearse(notice, profile) : shipNotices.apply(message, notice, profile);
		}
		if (document instanceof ReceivedInvoice invoice) {
			return invoices.apply(message, invoice, profile);
		}
		return functionalAck(message, (ReceivedFunctionalAck) document);
	}

	@Override
	public Optional<CorrelationId> flowOf(String supplierId, PartnerDocument document) {
		if (document instanceof ReceivedAcknowledgement ack) {
			return flowOfOrder(supplierId, ack.poNumber());
		}
		if (document instanceof ReceivedShipNotice notice) {
			return notice.items().stream()
				.map(item -> flowOfOrder(supplierId, item.poNumber()))
				.flatMap(Optional::stream)
				.findFirst();
		}
		if (document instanceof ReceivedInvoice invoice) {
			return flowOfOrder(supplierId, invoice.poNumber() != null || invoice.lines().isEmpty() ? invoice.poNumber()
					: invoice.lines().get(0).poNumber());
		}
		if (document instanceof ReceivedFunctionalAck ack && "PO".equalsIgnoreCase(ack.functionalId())
				&& ack.groupControlNumber().strip().matches("\\d{1,18}")) {
			return orders.findByDispatchGroup(supplierId, Long.parseLong(ack.groupControlNumber().strip()))
				.stream()
				.map(orders::correlationOf)
				.flatMap(Optional::stream)
				.findFirst();
		}
		return Optional.empty();
	}

	/** The flow of the purchase order a document names; none when the text cannot be a PO number (refused later). */
	private Optional<CorrelationId> flowOfOrder(String supplierId, @Nullable String poNumber) {
		return PurchaseOrderId.isPoNumber(poNumber) ? orders.correlationOf(new PurchaseOrderId(supplierId, poNumber))
				: Optional.empty();
	}

	private DocumentOutcome acknowledge(ReceivedMessage message, ReceivedAcknowledgement document,
			PartnerProfile profile) throws MappingFailure {
		PurchaseOrderId id = new PurchaseOrderId(profile.supplierId(), document.poNumber());
		PurchaseOrder order = (message.test() ? orders.find(id) : orders.findForUpdate(id))
			.orElseThrow(() -> new MappingFailure("Purchase order " + document.poNumber() + " of supplier "
					+ profile.supplierId() + " is not known (yet)"));
		var acknowledgement = translator.translate(document, profile, order, message.receivedAt());
		AcknowledgementResult result = order.acknowledge(acknowledgement, profile.remainderPolicy());
		if (message.test()) {
			return new DocumentOutcome(document.documentId(), DocumentKind.ACKNOWLEDGEMENT, document.poNumber(),
					result(result), TEST + result.explanation());
		}
		if (result.kind() == AcknowledgementResult.Kind.APPLIED) {
			orders.update(order, clock.instant());
		}
		if (result.changedSomething()) {
			events.acknowledged(order, message.id() + "/" + document.documentId(), message.channel().name(),
					result.changes());
		}
		return new DocumentOutcome(document.documentId(), DocumentKind.ACKNOWLEDGEMENT, document.poNumber(),
				result(result), result.explanation());
	}

	private static DocumentResult result(AcknowledgementResult result) {
		return switch (result.kind()) {
			case APPLIED -> result.changedSomething() ? DocumentResult.APPLIED : DocumentResult.NO_CHANGE;
			case DUPLICATE -> DocumentResult.DUPLICATE;
			case STALE -> DocumentResult.STALE;
		};
	}

	/** A test ship notice: its items are mapped to PO lines and units as a real one's would be; nothing is recorded. */
	private DocumentOutcome rehearse(ReceivedShipNotice notice, PartnerProfile profile) throws MappingFailure {
		int index = 0;
		for (ReceivedShipNotice.Item item : notice.items()) {
			index++;
			String where = "item " + index;
			PurchaseOrder order = orders.find(new PurchaseOrderId(profile.supplierId(), item.poNumber()))
				.orElseThrow(() -> new MappingFailure(where + ": purchase order " + item.poNumber() + " of supplier "
						+ profile.supplierId() + " is not known (yet)"));
			// The same look-up as a live ship notice's (ShipNoticeTranslator): the ids choose the line.
			PurchaseOrderLine line = items.shippedLine(item.lineNumber(), item.items(), profile, order, where);
			items.toOurUnits(item.quantity(), item.unit(), line, profile, where);
		}
		String firstPo = notice.items().isEmpty() ? null : notice.items().get(0).poNumber();
		return new DocumentOutcome(notice.documentId(), DocumentKind.SHIP_NOTICE, firstPo,
				notice.items().isEmpty() ? DocumentResult.NO_CHANGE : DocumentResult.APPLIED,
				TEST + "shipment " + notice.shipmentId() + " with " + notice.items().size()
						+ " item(s) would have been announced");
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
		if (message.test()) {
			return new DocumentOutcome(document.documentId(), DocumentKind.FUNCTIONAL_ACK,
					ids.size() == 1 ? ids.get(0).poNumber() : null,
					ids.isEmpty() ? DocumentResult.NO_CHANGE : DocumentResult.APPLIED,
					TEST + "group " + group + " acknowledged with " + document.groupStatus()
							+ " would have been recorded for " + ids.size() + " purchase order(s)");
		}
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

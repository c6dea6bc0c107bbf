package org.distributionhub.supplier.procurement.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.events.ShipNoticeReceived;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.distributionhub.supplier.procurement.ports.out.ShipNotices;
import org.springframework.stereotype.Component;

/**
 * Puts a ship notice in our terms (PO lines, our units) and publishes it once per supplier shipment id: a re-sent
 * 856 is recognised and changes nothing. Each item names its own purchase order, so one notice may ship several;
 * an item of an unknown order parks the whole notice.
 */
@Component
public class ShipNoticeTranslator {

	private final PurchaseOrders orders;
	private final ItemResolver items;
	private final ShipNotices notices;
	private final SupplierEvents events;

	ShipNoticeTranslator(PurchaseOrders orders, ItemResolver items, ShipNotices notices, SupplierEvents events) {
		this.orders = orders;
		this.items = items;
		this.notices = notices;
		this.events = events;
	}

	public DocumentOutcome apply(ReceivedMessage message, ReceivedShipNotice notice, PartnerProfile profile)
			throws MappingFailure {
		List<ShipNoticeReceived.Line> lines = new ArrayList<>();
		int index = 0;
		for (ReceivedShipNotice.Item item : notice.items()) {
			index++;
			String where = "item " + index;
			PurchaseOrder order = orders.find(new PurchaseOrderId(profile.supplierId(), item.poNumber()))
					.orElseThrow(() -> new MappingFailure(where + ": purchase order " + item.poNumber()
							+ " of supplier " + profile.supplierId() + " is not known (yet)"));
			PurchaseOrderLine line = items.shippedLine(item.lineNumber(), item.items(), profile, order, where);
			lines.add(new ShipNoticeReceived.Line(order.id().poNumber(), line.lineNumber(), line.sku(),
					order.shipTo(), items.toOurUnits(item.quantity(), item.unit(), line, profile, where)));
		}
		String firstPo = notice.items().isEmpty() ? null : notice.items().get(0).poNumber();
		if (notice.shipmentId().isBlank() || notice.shipmentId().length() > 80) {
			throw new IllegalArgumentException("A shipment id (BSN02) is 1 to 80 characters");
		}
		if (lines.isEmpty()) {
			return new DocumentOutcome(notice.documentId(), DocumentKind.SHIP_NOTICE, firstPo, DocumentResult.NO_CHANGE,
					"Ship notice " + notice.shipmentId() + " lists no items");
		}
		if (!notices.recordFirst(profile.supplierId(), notice.shipmentId(), message.id())) {
			return new DocumentOutcome(notice.documentId(), DocumentKind.SHIP_NOTICE, firstPo, DocumentResult.DUPLICATE,
					"Shipment " + notice.shipmentId() + " was announced before; nothing was applied");
		}
		events.publish(new ShipNoticeReceived(UUID.randomUUID(), Correlation.current(), profile.supplierId(),
				notice.shipmentId(), notice.shipDate(), notice.expectedDelivery(), lines));
		return new DocumentOutcome(notice.documentId(), DocumentKind.SHIP_NOTICE, firstPo, DocumentResult.APPLIED,
				"Shipment " + notice.shipmentId() + " with " + lines.size() + " item(s) for purchase order"
						+ (orders(lines).contains(",") ? "s " : " ") + orders(lines));
	}

	private static String orders(List<ShipNoticeReceived.Line> lines) {
		return String.join(", ", lines.stream().map(ShipNoticeReceived.Line::poNumber).distinct().toList());
	}
}

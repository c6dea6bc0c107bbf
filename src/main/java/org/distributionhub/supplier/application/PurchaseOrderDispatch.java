package org.distributionhub.supplier.application;

import java.time.Clock;

import org.distributionhub.supplier.domain.Channel;
import org.distributionhub.supplier.domain.EdiIdentity;
import org.distributionhub.supplier.domain.ItemMapping;
import org.distributionhub.supplier.domain.PartnerProfile;
import org.distributionhub.supplier.domain.PurchaseOrder;
import org.distributionhub.supplier.domain.PurchaseOrderLine;
import org.distributionhub.supplier.ports.out.Addressing;
import org.distributionhub.supplier.ports.out.OutboundMessage;
import org.distributionhub.supplier.ports.out.OutboundPurchaseOrder;
import org.distributionhub.supplier.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.ports.out.PartnerOutbox;
import org.distributionhub.supplier.ports.out.PurchaseOrders;
import org.springframework.stereotype.Component;

/**
 * Writes a purchase order in its supplier's format, in the supplier's part numbers and units, and queues it in
 * the partner outbox in the same transaction that took the order in: to the supplier's webhook for API partners,
 * to its outbox folder (and the pull API) for the others.
 */
@Component
class PurchaseOrderDispatch {

	private final PartnerFormats formats;
	private final PartnerOutbox outbox;
	private final PurchaseOrders orders;
	private final Clock clock;

	PurchaseOrderDispatch(PartnerFormats formats, PartnerOutbox outbox, PurchaseOrders orders, Clock clock) {
		this.formats = formats;
		this.outbox = outbox;
		this.orders = orders;
		this.clock = clock;
	}

	void dispatch(PurchaseOrder order, PartnerProfile profile) {
		Channel channel = profile.purchaseOrderChannel();
		PartnerMessageWriter writer = formats.writer(channel)
			.orElseThrow(() -> new IllegalStateException("No writer for " + channel + " purchase orders"));
		EdiIdentity them = profile.ediIdentity() != null ? profile.ediIdentity() : formats.ourIdentity(channel);
		Addressing addressing = formats.addressing(profile.supplierId(), channel, them, false);
		OutboundMessage message = writer.purchaseOrder(outbound(order, profile), addressing);
		outbox.add(profile.supplierId(), "PURCHASE_ORDER", channel.name(),
				order.id().poNumber() + "/r" + order.revision(), message,
				channel == Channel.API ? "WEBHOOK" : "FOLDER", clock.instant());
		if (channel == Channel.X12 || channel == Channel.EDIFACT) {
			orders.recordDispatchGroup(order.id(), addressing.groupControlNumber());
		}
	}

	private static OutboundPurchaseOrder outbound(PurchaseOrder order, PartnerProfile profile) {
		return new OutboundPurchaseOrder(profile.supplierId(), order.id().poNumber(), order.revision(),
				order.orderDate(), order.shipTo(), order.currency(),
				order.lines().stream().map(line -> line(line, profile)).toList());
	}

	private static OutboundPurchaseOrder.Line line(PurchaseOrderLine line, PartnerProfile profile) {
		ItemMapping mapping = profile.items().stream().filter(item -> item.sku().equals(line.sku())).findFirst()
				.orElse(null);
		var quantity = line.ordered().amount();
		String unit = line.ordered().unit().code();
		if (mapping != null && !mapping.supplierUnit().equals(mapping.ourUnit())
				&& mapping.ourUnit().equals(line.ordered().unit())
				&& quantity.remainder(mapping.factor()).signum() == 0) {
			quantity = quantity.divide(mapping.factor());
			unit = mapping.supplierUnit().code();
		}
		return new OutboundPurchaseOrder.Line(line.lineNumber(), line.sku().code(),
				mapping != null ? mapping.supplierPart() : null, quantity, unit,
				line.unitPrice() != null ? line.unitPrice().amount() : null, line.requestedDate());
	}
}

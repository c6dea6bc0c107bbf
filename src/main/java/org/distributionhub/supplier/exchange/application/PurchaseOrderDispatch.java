package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

import org.distributionhub.platform.correlation.TraceHandoff;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.api.SendPurchaseOrder;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a purchase order in its supplier's format, in the supplier's part numbers and units, and queues it in
 * the partner outbox in the caller's transaction: to the supplier's webhook for API partners, to its outbox folder
 * (and the pull API) for the others. An EDI identity the envelope cannot carry is refused before writing with an
 * {@link IllegalArgumentException} naming the profile field ({@code $.ediIdentity.qualifier}); whatever else the
 * writer refuses is reported without its library's words. The webhook call continues the trace the order was queued in.
 */
@Component
class PurchaseOrderDispatch implements SendPurchaseOrder {

	private static final Logger log = LoggerFactory.getLogger(PurchaseOrderDispatch.class);

	private final PartnerFormats formats;
	private final PartnerOutbox outbox;
	private final Clock clock;
	private final TraceHandoff traces;

	PurchaseOrderDispatch(PartnerFormats formats, PartnerOutbox outbox, Clock clock, TraceHandoff traces) {
		this.traces = traces;
		this.formats = formats;
		this.outbox = outbox;
		this.clock = clock;
		EnvelopeIdentities.requireOurs(formats.ourIdentity(Channel.X12), formats.ourIdentity(Channel.EDIFACT));
	}

	@Override
	public OptionalLong send(OutboundPurchaseOrder order, PartnerProfile profile) {
		Channel channel = profile.purchaseOrderChannel();
		PartnerMessageWriter writer = formats.writer(channel)
			.orElseThrow(() -> new IllegalStateException("No writer for " + channel + " purchase orders"));
		EdiIdentity them = profile.ediIdentity() != null ? profile.ediIdentity() : formats.ourIdentity(channel);
		if (channel == Channel.X12 || channel == Channel.EDIFACT) {
			EnvelopeIdentities.requireWritable(profile.supplierId(), channel, them);
		}
		Addressing addressing = formats.addressing(profile.supplierId(), channel, them, false);
		OutboundMessage message;
		try {
			message = writer.purchaseOrder(order, addressing);
		}
		catch (IllegalArgumentException e) {
			// The writer's own words may be a library's: they go to the log, the caller hears what to do.
			log.warn("Purchase order {} to supplier {} could not be written as {}: {}", order.poNumber(),
					profile.supplierId(), channel, e.getMessage());
			throw new IllegalArgumentException("Purchase order %s could not be written as %s for supplier %s: check "
				.formatted(order.poNumber(), channel, profile.supplierId())
					+ "its profile's ediIdentity and the order's values; the hub's log has the details", e);
		}
		UUID entry = outbox.add(profile.supplierId(), OutboxKind.PURCHASE_ORDER, channel,
				order.poNumber() + "/r" + order.revision(), message,
				channel == Channel.API ? DeliveryRoute.WEBHOOK : DeliveryRoute.FOLDER, clock.instant());
		traces.remember(entry);
		return channel == Channel.X12 || channel == Channel.EDIFACT ? OptionalLong.of(addressing.groupControlNumber())
				: OptionalLong.empty();
	}
}

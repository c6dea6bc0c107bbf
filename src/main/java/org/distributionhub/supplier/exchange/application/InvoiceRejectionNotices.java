package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.in.TellInvoiceRejected;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the rejection notice of an invoice in the format of the channel that brought it and queues it in the
 * partner outbox (kind INVOICE_REJECTION, referenced by the invoice number): EDI and CSV to the outbox folder, JSON to
 * the webhook of an API partner that has one, else to the folder its pull API reads. A channel the event does not
 * name (or names no format of ours) falls back to the channel the supplier's purchase orders go by. An unknown
 * supplier or an EDI identity no envelope can carry is logged and dropped: there is no one to tell.
 */
@Service
class InvoiceRejectionNotices implements TellInvoiceRejected {

	private static final Logger log = LoggerFactory.getLogger(InvoiceRejectionNotices.class);

	private final PartnerFormats formats;
	private final PartnerOutbox outbox;
	private final FindPartnerProfile profiles;
	private final Clock clock;

	InvoiceRejectionNotices(PartnerFormats formats, PartnerOutbox outbox, FindPartnerProfile profiles, Clock clock) {
		this.formats = formats;
		this.outbox = outbox;
		this.profiles = profiles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void tell(InvoiceRejectedCommand command) {
		PartnerProfile profile = profiles.profile(command.supplierId()).orElse(null);
		if (profile == null) {
			log.warn("Invoice {} was rejected but supplier {} has no profile to answer through",
					command.invoiceNumber(), command.supplierId());
			return;
		}
		Channel channel = channel(command.channel(), profile);
		PartnerMessageWriter writer = formats.writer(channel).orElse(null);
		if (writer == null) {
			log.warn("No writer for {}: the rejection of invoice {} is not sent", channel, command.invoiceNumber());
			return;
		}
		EdiIdentity them = profile.ediIdentity() != null ? profile.ediIdentity() : formats.ourIdentity(channel);
		boolean edi = channel == Channel.X12 || channel == Channel.EDIFACT;
		if (edi) {
			try {
				EnvelopeIdentities.requireWritable(profile.supplierId(), channel, them);
			}
			catch (IllegalArgumentException unwritable) {
				log.warn("The rejection of invoice {} cannot be addressed to supplier {}: {}", command.invoiceNumber(),
						profile.supplierId(), unwritable.getMessage());
				return;
			}
		}
		Addressing addressing = formats.addressing(profile.supplierId(), channel, them, false);
		String reference = edi ? String.valueOf(addressing.interchangeControlNumber())
				: command.invoiceNumber();
		OutboundMessage message = writer.invoiceRejection(new InvoiceRejection(command.invoiceNumber(),
				command.poNumber(), command.reason(), command.rejectedAt().atOffset(ZoneOffset.UTC), reference),
				addressing);
		DeliveryRoute route = channel == Channel.API && profile.webhookUrl() != null ? DeliveryRoute.WEBHOOK
				: DeliveryRoute.FOLDER;
		outbox.add(profile.supplierId(), OutboxKind.INVOICE_REJECTION, channel, clip(command.invoiceNumber()), message,
				route, clock.instant());
	}

	private static Channel channel(String named, PartnerProfile profile) {
		String name = named.strip().toUpperCase(Locale.ROOT);
		if (name.equals("JSON") || name.equals("API")) {
			return Channel.API;
		}
		for (Channel channel : Channel.values()) {
			if (channel.name().equals(name)) {
				return channel;
			}
		}
		return profile.purchaseOrderChannel();
	}

	private static String clip(String reference) {
		return reference.length() <= 120 ? reference : reference.substring(0, 120);
	}
}

package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the 997 for every functional group a partner sent (never for a group of 997s: a functional
 * acknowledgement is not acknowledged) and puts it in the partner's outbox, numbered from its own counters.
 */
@Component
class FunctionalAcknowledgements {

	private final PartnerFormats formats;
	private final PartnerOutbox outbox;
	private final Clock clock;

	FunctionalAcknowledgements(PartnerFormats formats, PartnerOutbox outbox, Clock clock) {
		this.formats = formats;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Nullable UUID send(PartnerProfile profile, UUID messageId, @Nullable InterchangeEnvelope envelope,
			List<GroupReport> groups) {
		List<GroupReport> answerable = groups.stream().filter(group -> !"FA".equalsIgnoreCase(group.functionalId()))
				.toList();
		PartnerMessageWriter writer = formats.writer(Channel.X12).orElse(null);
		if (envelope == null || answerable.isEmpty() || writer == null) {
			return null;
		}
		EdiIdentity partner = profile.ediIdentity() != null ? profile.ediIdentity()
				: new EdiIdentity(envelope.senderQualifier(), envelope.senderId(), envelope.senderId());
		Addressing addressing = formats.addressing(profile.supplierId(), Channel.X12, partner, envelope.test());
		OutboundMessage ack = writer.functionalAcknowledgement(envelope, answerable, addressing);
		return outbox.add(profile.supplierId(), OutboxKind.FUNCTIONAL_ACK, Channel.X12, messageId.toString(), ack,
				DeliveryRoute.FOLDER, clock.instant());
	}
}

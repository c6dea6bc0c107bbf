package org.distributionhub.supplier.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.domain.Channel;
import org.distributionhub.supplier.domain.EdiIdentity;
import org.distributionhub.supplier.domain.PartnerProfile;
import org.distributionhub.supplier.ports.out.Addressing;
import org.distributionhub.supplier.ports.out.ControlNumbers;
import org.distributionhub.supplier.ports.out.GroupReport;
import org.distributionhub.supplier.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.ports.out.OutboundMessage;
import org.distributionhub.supplier.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.ports.out.PartnerOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the 997 for every functional group a partner sent (never for a group of 997s: a functional
 * acknowledgement is not acknowledged) and puts it in the partner's outbox, numbered from its own counters.
 */
@Component
class FunctionalAcknowledgements {

	private final Map<Channel, PartnerMessageWriter> writers;
	private final ControlNumbers controlNumbers;
	private final PartnerOutbox outbox;
	private final SupplierProperties properties;
	private final Clock clock;

	FunctionalAcknowledgements(List<PartnerMessageWriter> writers, ControlNumbers controlNumbers,
			PartnerOutbox outbox, SupplierProperties properties, Clock clock) {
		this.writers = writers.stream().collect(Collectors.toMap(PartnerMessageWriter::channel, Function.identity()));
		this.controlNumbers = controlNumbers;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Nullable UUID send(PartnerProfile profile, UUID messageId, @Nullable InterchangeEnvelope envelope,
			List<GroupReport> groups) {
		List<GroupReport> answerable = groups.stream().filter(group -> !"FA".equalsIgnoreCase(group.functionalId()))
				.toList();
		PartnerMessageWriter writer = writers.get(Channel.X12);
		if (envelope == null || answerable.isEmpty() || writer == null) {
			return null;
		}
		EdiIdentity partner = profile.ediIdentity() != null ? profile.ediIdentity()
				: new EdiIdentity(envelope.senderQualifier(), envelope.senderId(), envelope.senderId());
		SupplierProperties.Edi ours = properties.edi();
		Addressing addressing = new Addressing(new EdiIdentity(ours.qualifier(), ours.id(), ours.groupId()), partner,
				controlNumbers.next(profile.supplierId(), "ISA"), controlNumbers.next(profile.supplierId(), "GS"),
				clock.instant().atOffset(ZoneOffset.UTC), ours.test() || envelope.test());
		OutboundMessage ack = writer.functionalAcknowledgement(envelope, answerable, addressing);
		return outbox.add(profile.supplierId(), "FUNCTIONAL_ACK", Channel.X12.name(), messageId.toString(), ack,
				"FOLDER", clock.instant());
	}
}

package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers a received EDI interchange as a commercial gateway does and puts the answers in the partner's outbox,
 * numbered from its own counters, in the interchange's own version and marked test when it was test traffic. X12: a
 * TA1 when ISA14 asks for one, the envelope is wrong or the interchange is refused, and a 997 for every functional
 * group of an interchange taken in (never for a group of 997s: a functional acknowledgement is not acknowledged).
 * EDIFACT: a CONTRL when UNB 0031 asks for one, the profile wants one for every interchange, or the interchange is
 * refused (never for an interchange of CONTRLs alone).
 */
@Component
class FunctionalAcknowledgements {

	private static final Logger log = LoggerFactory.getLogger(FunctionalAcknowledgements.class);

	/** The outbox entries of what was sent: the 997 or CONTRL, and the TA1. */
	record Answers(@Nullable UUID functionalAck, @Nullable UUID interchangeAck) {

		static final Answers NONE = new Answers(null, null);
	}

	private final PartnerFormats formats;
	private final PartnerOutbox outbox;
	private final Clock clock;

	FunctionalAcknowledgements(PartnerFormats formats, PartnerOutbox outbox, Clock clock) {
		this.formats = formats;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Answers an interchange; {@code refusal} is set when the interchange as a whole is refused (its groups are then
	 * not acknowledged one by one).
	 */
	Answers send(PartnerProfile profile, UUID messageId, @Nullable InterchangeEnvelope envelope,
			List<GroupReport> groups, boolean test, @Nullable InterchangeReport refusal) {
		if (envelope == null) {
			return Answers.NONE;
		}
		return envelope.x12() ? x12(profile, messageId, envelope, groups, test, refusal)
				: edifact(profile, messageId, envelope, groups, test, refusal);
	}

	private Answers x12(PartnerProfile profile, UUID messageId, InterchangeEnvelope envelope, List<GroupReport> groups,
			boolean test, @Nullable InterchangeReport refusal) {
		PartnerMessageWriter writer = formats.writer(Channel.X12).orElse(null);
		if (writer == null) {
			return Answers.NONE;
		}
		UUID ta1 = null;
		if (refusal != null || envelope.acknowledgementRequested() || envelope.errorCode() != null) {
			InterchangeReport report = refusal != null ? refusal : InterchangeReport.accepted(envelope);
			try {
				OutboundMessage message = writer.interchangeAcknowledgement(envelope, report, groups,
						addressing(profile, Channel.X12, envelope, test));
				ta1 = add(profile, OutboxKind.INTERCHANGE_ACK, Channel.X12, messageId, message);
			}
			catch (IllegalArgumentException unwritable) {
				// What the partner sent is kept and answered over HTTP; sending it again would not make a TA1 writable.
				log.warn("No TA1 could be written for message {} of supplier {}: {}", messageId, profile.supplierId(),
						unwritable.getMessage());
			}
		}
		List<GroupReport> answerable = answerable(groups, "FA");
		if (refusal != null || answerable.isEmpty()) {
			return new Answers(null, ta1);
		}
		OutboundMessage ack = writer.functionalAcknowledgement(envelope, answerable,
				addressing(profile, Channel.X12, envelope, test));
		return new Answers(add(profile, OutboxKind.FUNCTIONAL_ACK, Channel.X12, messageId, ack), ta1);
	}

	private Answers edifact(PartnerProfile profile, UUID messageId, InterchangeEnvelope envelope,
			List<GroupReport> groups, boolean test, @Nullable InterchangeReport refusal) {
		PartnerMessageWriter writer = formats.writer(Channel.EDIFACT).orElse(null);
		List<GroupReport> answerable = answerable(groups, "CONTRL");
		boolean wanted = refusal != null
				|| (envelope.acknowledgementRequested() || profile.sendContrl()) && !answerable.isEmpty();
		if (writer == null || !wanted) {
			return Answers.NONE;
		}
		InterchangeReport report = refusal != null ? refusal : InterchangeReport.accepted(envelope);
		// A CONTRL goes back to the sender as the interchange named it (its UNB qualifier is EDIFACT's own).
		EdiIdentity sender = new EdiIdentity(envelope.senderQualifier(), envelope.senderId(), envelope.senderId());
		Addressing addressing = formats.addressing(profile.supplierId(), Channel.EDIFACT, sender,
				envelope.test() || test);
		try {
			OutboundMessage contrl = writer.interchangeAcknowledgement(envelope, report, answerable, addressing);
			return new Answers(add(profile, OutboxKind.FUNCTIONAL_ACK, Channel.EDIFACT, messageId, contrl), null);
		}
		catch (IllegalArgumentException unwritable) {
			log.warn("No CONTRL could be written for message {} of supplier {}: {}", messageId, profile.supplierId(),
					unwritable.getMessage());
			return Answers.NONE;
		}
	}

	private static List<GroupReport> answerable(List<GroupReport> groups, String acknowledgementId) {
		return groups.stream().filter(group -> !acknowledgementId.equalsIgnoreCase(group.functionalId())).toList();
	}

	private Addressing addressing(PartnerProfile profile, Channel channel, InterchangeEnvelope envelope, boolean test) {
		EdiIdentity partner = profile.ediIdentity() != null ? profile.ediIdentity()
				: new EdiIdentity(envelope.senderQualifier(), envelope.senderId(), envelope.senderId());
		return formats.addressing(profile.supplierId(), channel, partner, envelope.test() || test);
	}

	private UUID add(PartnerProfile profile, OutboxKind kind, Channel channel, UUID messageId, OutboundMessage message) {
		return outbox.add(profile.supplierId(), kind, channel, messageId.toString(), message, DeliveryRoute.FOLDER,
				clock.instant());
	}
}

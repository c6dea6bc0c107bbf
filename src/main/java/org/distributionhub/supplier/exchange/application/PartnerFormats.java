package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.ControlNumbers;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageReader;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.springframework.stereotype.Component;

/**
 * The partner formats the hub speaks, by channel: the reader of what a partner sends, the writer of what we send,
 * and the envelope data of an outgoing message (our identity, the partner's, its next control numbers).
 */
@Component
class PartnerFormats {

	private final Map<Channel, PartnerMessageReader> readers;
	private final Map<Channel, PartnerMessageWriter> writers;
	private final ControlNumbers controlNumbers;
	private final SupplierProperties properties;
	private final Clock clock;

	PartnerFormats(List<PartnerMessageReader> readers, List<PartnerMessageWriter> writers,
			ControlNumbers controlNumbers, SupplierProperties properties, Clock clock) {
		this.readers = readers.stream().collect(Collectors.toMap(PartnerMessageReader::channel, Function.identity()));
		this.writers = writers.stream().collect(Collectors.toMap(PartnerMessageWriter::channel, Function.identity()));
		this.controlNumbers = controlNumbers;
		this.properties = properties;
		this.clock = clock;
	}

	ReadResult read(Channel channel, byte[] content) {
		PartnerMessageReader reader = readers.get(channel);
		return reader != null ? reader.read(content)
				: ReadResult.refused(new SyntaxProblem("channel", "No reader for " + channel));
	}

	/** A stored message's text as its channel's reader decodes it (an EDIFACT envelope names its character set). */
	String text(Channel channel, byte[] content) {
		PartnerMessageReader reader = readers.get(channel);
		return reader != null ? reader.text(content) : new String(content, java.nio.charset.StandardCharsets.UTF_8);
	}

	Optional<PartnerMessageWriter> writer(Channel channel) {
		return Optional.ofNullable(writers.get(channel));
	}

	/** Our identity in this channel's envelopes (EDIFACT has no ZZ qualifier, so it has its own). */
	EdiIdentity ourIdentity(Channel channel) {
		SupplierProperties.Edi ours = properties.edi();
		return new EdiIdentity(channel == Channel.EDIFACT ? ours.edifactQualifier() : ours.qualifier(), ours.id(),
				ours.groupId());
	}

	/** Envelope data for a message to a supplier; EDI channels take the next numbers of its counters. */
	Addressing addressing(String supplierId, Channel channel, EdiIdentity partner, boolean test) {
		boolean edi = channel == Channel.X12 || channel == Channel.EDIFACT;
		long interchange = edi ? controlNumbers.next(supplierId, "ISA") : 0;
		long group = edi ? controlNumbers.next(supplierId, "GS") : 0;
		return new Addressing(ourIdentity(channel), partner, interchange, group,
				clock.instant().atOffset(ZoneOffset.UTC), properties.edi().test() || test);
	}
}

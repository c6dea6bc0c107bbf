package org.distributionhub.supplier.exchange.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.exchange.api.RehearsePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the real reader and the real intake for a dry run. The intake works in the caller's transaction, so what it
 * kept, parked, numbered, put in the outbox and published goes when the caller rolls back; the answers are read back
 * from the outbox before that.
 */
@Component
class MessageRehearsal implements RehearsePartnerMessage {

	private final PartnerFormats formats;
	private final PartnerMessageIntake intake;
	private final PartnerOutbox outbox;

	MessageRehearsal(PartnerFormats formats, PartnerMessageIntake intake, PartnerOutbox outbox) {
		this.formats = formats;
		this.intake = intake;
		this.outbox = outbox;
	}

	@Override
	public SampleRead read(Channel channel, byte[] content) {
		ReadResult read = formats.read(channel, content);
		return new SampleRead(read.documents(),
				read.problems().stream().map(problem -> new MessageReceipt.Problem(problem.path(), problem.message()))
					.toList(),
				envelope(read.envelope()), read.groups().stream().map(MessageRehearsal::group).toList());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Rehearsal rehearse(String supplierId, Channel channel, @Nullable String contentType,
			@Nullable String fileName, byte[] content) {
		MessageReceipt receipt = intake.rehearse(
				new ReceiveMessageCommand(supplierId, channel, PartnerMessageIntake.DRY_RUN, contentType, fileName,
						content, null));
		List<Answer> answers = new ArrayList<>();
		for (UUID id : java.util.Arrays.asList(receipt.interchangeAckId(), receipt.functionalAckId())) {
			if (id != null) {
				outbox.find(id).ifPresent(entry -> answers.add(new Answer(entry.kind().name(), entry.fileName(),
						entry.contentType(), formats.text(entry.channel(), entry.content()))));
			}
		}
		return new Rehearsal(receipt, answers);
	}

	private static @Nullable Envelope envelope(@Nullable InterchangeEnvelope envelope) {
		if (envelope == null) {
			return null;
		}
		return new Envelope(envelope.standard(), party(envelope.senderQualifier(), envelope.senderId()),
				party(envelope.receiverQualifier(), envelope.receiverId()), envelope.controlNumber().strip(),
				envelope.version(), envelope.test(), envelope.acknowledgementRequested(), envelope.errorCode());
	}

	private static String party(String qualifier, String id) {
		return qualifier.strip() + ":" + id.strip();
	}

	private static Group group(GroupReport group) {
		return new Group(group.functionalId(), group.groupControlNumber(), group.status(),
				group.transactions().stream()
					.map(transaction -> transaction.setId() + " " + transaction.controlNumber() + " "
							+ Objects.requireNonNullElse(transaction.status(), ""))
					.map(String::strip).toList());
	}
}

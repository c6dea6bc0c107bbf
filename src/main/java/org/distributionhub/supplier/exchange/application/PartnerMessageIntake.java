package org.distributionhub.supplier.exchange.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.out.InboundMessages;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in every partner message the same way, whatever its channel: in one transaction it keeps the message
 * verbatim, reads it, answers it (997) and applies each document once, publishing the resulting events. If that
 * transaction fails for a reason that is ours, the message is still kept, marked FAILED, and the partner is told to
 * send it again.
 */
@Service
class PartnerMessageIntake implements ReceivePartnerMessage {

	private static final Logger log = LoggerFactory.getLogger(PartnerMessageIntake.class);

	private final PartnerFormats formats;
	private final FindPartnerProfile profiles;
	private final InboundMessages messages;
	private final DocumentProcessor processor;
	private final FunctionalAcknowledgements functionalAcks;
	private final SupplierProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PartnerMessageIntake(PartnerFormats formats, FindPartnerProfile profiles, InboundMessages messages,
			DocumentProcessor processor, FunctionalAcknowledgements functionalAcks,
			SupplierProperties properties, TransactionTemplate transactions, Clock clock) {
		this.formats = formats;
		this.profiles = profiles;
		this.messages = messages;
		this.processor = processor;
		this.functionalAcks = functionalAcks;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public MessageReceipt receive(ReceiveMessageCommand command) {
		String sha256 = sha256(command.content());
		try {
			return transactions.execute(status -> receiveInTransaction(command, sha256));
		}
		catch (DuplicateKeyException race) {
			return replayed(command, sha256).orElseThrow(() -> race);
		}
		catch (RuntimeException ex) {
			log.error("Partner message from {} could not be processed; kept as FAILED for replay",
					command.supplierId(), ex);
			return transactions.execute(status -> storeFailed(command, sha256, ex));
		}
	}

	private MessageReceipt receiveInTransaction(ReceiveMessageCommand command, String sha256) {
		Optional<MessageReceipt> earlier = replayed(command, sha256);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		Channel channel = command.channel();
		Optional<PartnerProfile> profile = profiles.profile(command.supplierId());
		if (profile.isEmpty() || !profile.get().active()) {
			return store(command, id, now, sha256, null, null, MessageStatus.REFUSED,
					"Supplier " + command.supplierId() + " is not known or not active",
					List.of(new Problem("supplier", "Supplier " + command.supplierId() + " is not known or not active")),
					List.of());
		}
		if (!profile.get().inboundChannels().contains(channel)) {
			return store(command, id, now, sha256, null, null, MessageStatus.REFUSED,
					"Supplier " + command.supplierId() + " is not set up to send " + channel,
					List.of(new Problem("channel", "Supplier " + command.supplierId() + " sends only "
							+ profile.get().inboundChannels())),
					List.of());
		}
		ReadResult read = formats.read(channel, command.content());
		List<Problem> problems = new ArrayList<>(
				read.problems().stream().map(problem -> new Problem(problem.path(), problem.message())).toList());
		InterchangeEnvelope envelope = read.envelope();
		String interchangeKey = envelope == null ? null
				: String.join(":", envelope.standard(), envelope.senderQualifier().strip(),
						envelope.senderId().strip(), envelope.controlNumber().strip());
		if (envelope != null && profile.get().ediIdentity() != null
				&& !profile.get().ediIdentity().matches(envelope.senderQualifier(), envelope.senderId())) {
			problems.add(new Problem("interchange sender", "Sender " + envelope.senderQualifier().strip() + ":"
					+ envelope.senderId().strip() + " is not supplier " + command.supplierId() + "'s EDI identity"));
			return store(command, id, now, sha256, null, interchangeKey, MessageStatus.REFUSED,
					"The interchange sender is not this supplier", problems, List.of());
		}
		if (interchangeKey != null && messages.interchangeSeen(interchangeKey, now.minus(properties.duplicateWindow()))) {
			UUID ack = functionalAcks.send(profile.get(), id, envelope, read.groups());
			return store(command, id, now, sha256, ack, interchangeKey, MessageStatus.DUPLICATE,
					"Interchange " + envelope.controlNumber().strip() + " from this sender arrived before; "
							+ "acknowledged again, not applied",
					problems, List.of());
		}
		ReceivedMessage message = new ReceivedMessage(id, command.supplierId(), channel, now);
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (int index = 0; index < read.documents().size(); index++) {
			outcomes.add(processor.process(message, index, read.documents().get(index), profile.get()));
		}
		UUID ack = functionalAcks.send(profile.get(), id, envelope, read.groups());
		MessageStatus status = MessageOutcome.status(outcomes, problems);
		return store(command, id, now, sha256, ack, interchangeKey, status, MessageOutcome.summary(outcomes, problems),
				problems, outcomes);
	}

	private Optional<MessageReceipt> replayed(ReceiveMessageCommand command, String sha256) {
		if (command.idempotencyKey() == null) {
			return Optional.empty();
		}
		return messages.findByIdempotencyKey(command.supplierId(), command.idempotencyKey()).map(stored -> {
			boolean sameBody = stored.contentSha256().equals(sha256);
			return MessageOutcome.receipt(stored, true, !sameBody);
		});
	}

	/**
	 * Keeps a message whose processing failed on our side, for the record; nothing of it was applied. Its
	 * idempotency key is not kept, so the partner (or an operator, for a file) can send it again under the same key.
	 */
	private MessageReceipt storeFailed(ReceiveMessageCommand command, String sha256, RuntimeException ex) {
		String reason = "Processing failed on our side (" + ex.getClass().getSimpleName()
				+ "); nothing was applied, the message is kept for the record: send it again";
		ReceiveMessageCommand withoutKey = new ReceiveMessageCommand(command.supplierId(), command.channel(),
				command.source(), command.contentType(), command.fileName(), command.content(), null);
		return store(withoutKey, UUID.randomUUID(), clock.instant(), sha256, null, null, MessageStatus.FAILED, reason,
				List.of(), List.of());
	}

	private MessageReceipt store(ReceiveMessageCommand command, UUID id, Instant now, String sha256,
			@Nullable UUID functionalAck, @Nullable String interchangeKey, MessageStatus status, String summary,
			List<Problem> problems, List<DocumentOutcome> outcomes) {
		StoredMessage stored = new StoredMessage(id, command.supplierId(), command.channel(), command.source(),
				command.contentType(), command.fileName(), now, Correlation.current().value(), command.content(), sha256,
				status, MessageOutcome.clip(summary), problems, outcomes, interchangeKey, command.idempotencyKey(),
				functionalAck);
		messages.insert(stored);
		return MessageOutcome.receipt(stored, false, false);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

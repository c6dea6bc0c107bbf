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
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.application.FunctionalAcknowledgements.Answers;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.out.InboundMessages;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
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
 * verbatim, reads it, answers it (997, TA1, CONTRL) and applies each document once, publishing the resulting events.
 * Test traffic (ISA15 T, UNB 0035 1, or any message of a supplier not yet LIVE) is read, judged and answered the same
 * way, but changes nothing: its outcome says what would have changed. The same interchange again is a duplicate
 * (answered again, not applied); its control number again with other content is refused. If the transaction fails
 * for a reason that is ours, the message is still kept, marked FAILED, and the partner is told to send it again.
 */
@Service
class PartnerMessageIntake implements ReceivePartnerMessage {

	private static final Logger log = LoggerFactory.getLogger(PartnerMessageIntake.class);

	/** The source of a dry run's message, which is rolled back and so never logged as received. */
	static final String DRY_RUN = "DRY_RUN";

	/** How the summary of test traffic begins. */
	static final String TEST = "Test traffic, nothing changed: ";

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
			return transactions.execute(status -> receiveInTransaction(command, sha256, false));
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

	/**
	 * The intake of a dry run, in the caller's transaction (which the caller rolls back): the message is judged as
	 * live traffic whatever the supplier's phase and the envelope's test indicator, to show what it would change.
	 */
	MessageReceipt rehearse(ReceiveMessageCommand command) {
		return receiveInTransaction(command, sha256(command.content()), true);
	}

	private MessageReceipt receiveInTransaction(ReceiveMessageCommand command, String sha256, boolean asLive) {
		Optional<MessageReceipt> earlier = replayed(command, sha256);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		Channel channel = command.channel();
		Optional<PartnerProfile> profile = profiles.profile(command.supplierId());
		if (profile.isEmpty() || !profile.get().active()) {
			return store(new Stored(command, id, now, sha256, null, false, Answers.NONE, null), MessageStatus.REFUSED,
					"Supplier " + command.supplierId() + " is not known or not active",
					List.of(new Problem("supplier", "Supplier " + command.supplierId() + " is not known or not active")),
					List.of());
		}
		if (!profile.get().inboundChannels().contains(channel)) {
			return store(new Stored(command, id, now, sha256, null, false, Answers.NONE, null), MessageStatus.REFUSED,
					"Supplier " + command.supplierId() + " is not set up to send " + channel,
					List.of(new Problem("channel", "Supplier " + command.supplierId() + " sends only "
							+ profile.get().inboundChannels())),
					List.of());
		}
		ReadResult read = formats.read(channel, command.content());
		List<Problem> problems = new ArrayList<>(
				read.problems().stream().map(problem -> new Problem(problem.path(), problem.message())).toList());
		InterchangeEnvelope envelope = read.envelope();
		boolean test = !asLive && (!profile.get().live() || envelope != null && envelope.test());
		// Test and production interchanges are numbered apart, as partners number them.
		String interchangeKey = envelope == null ? null
				: String.join(":", (test ? "TEST-" : "") + envelope.standard(), envelope.senderQualifier().strip(),
						envelope.senderId().strip(), envelope.controlNumber().strip());
		if (envelope != null && profile.get().ediIdentity() != null
				&& !profile.get().ediIdentity().matches(envelope.senderQualifier(), envelope.senderId())) {
			problems.add(new Problem("interchange sender", "Sender " + envelope.senderQualifier().strip() + ":"
					+ envelope.senderId().strip() + " is not supplier " + command.supplierId() + "'s EDI identity"));
			return store(new Stored(command, id, now, sha256, interchangeKey, test, Answers.NONE, null),
					MessageStatus.REFUSED, "The interchange sender is not this supplier", problems, List.of());
		}
		if (interchangeKey != null) {
			Optional<StoredMessage.FirstUse> first = messages.firstUse(interchangeKey,
					now.minus(properties.duplicateWindow()));
			if (first.isPresent() && first.get().contentSha256().equals(sha256)) {
				Answers answers = functionalAcks.send(profile.get(), id, envelope, read.groups(), test, null);
				return store(new Stored(command, id, now, sha256, interchangeKey, test, answers, null),
						MessageStatus.DUPLICATE, "Interchange " + envelope.controlNumber().strip()
								+ " from this sender arrived before; acknowledged again, not applied",
						problems, List.of());
			}
			if (first.isPresent()) {
				return controlNumberReused(command, id, now, sha256, interchangeKey, test, profile.get(), envelope,
						read, first.get(), problems);
			}
		}
		ReceivedMessage message = new ReceivedMessage(id, command.supplierId(), channel, now, test);
		Optional<CorrelationId> flow = Correlation.offered() ? Optional.empty()
				: processor.flowOf(command.supplierId(), read.documents());
		if (flow.isPresent()) {
			// An answer that brings no correlation id of its own joins the flow of the purchase order it answers.
			return Correlation.callWith(flow.get(), () -> apply(command, message, read, envelope, profile.get(),
					problems, interchangeKey, sha256));
		}
		return apply(command, message, read, envelope, profile.get(), problems, interchangeKey, sha256);
	}

	private MessageReceipt apply(ReceiveMessageCommand command, ReceivedMessage message, ReadResult read,
			@Nullable InterchangeEnvelope envelope, PartnerProfile profile, List<Problem> problems,
			@Nullable String interchangeKey, String sha256) {
		UUID id = message.id();
		Instant now = message.receivedAt();
		boolean test = message.test();
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (int index = 0; index < read.documents().size(); index++) {
			outcomes.add(processor.process(message, index, read.documents().get(index), profile));
		}
		Answers answers = functionalAcks.send(profile, id, envelope, read.groups(), test, null);
		MessageStatus status = MessageOutcome.status(outcomes, problems);
		String summary = MessageOutcome.summary(outcomes, problems);
		return store(new Stored(command, id, now, sha256, interchangeKey, test, answers, null), status,
				test ? TEST + summary : summary, problems, outcomes);
	}

	/**
	 * An interchange whose control number this sender used before for other content: refused (a TA1 with note 025,
	 * a negative CONTRL), nothing of it applied, kept with the message that first used the number so a person can
	 * look at both.
	 */
	private MessageReceipt controlNumberReused(ReceiveMessageCommand command, UUID id, Instant now, String sha256,
			String interchangeKey, boolean test, PartnerProfile profile, InterchangeEnvelope envelope, ReadResult read,
			StoredMessage.FirstUse first, List<Problem> problems) {
		Answers answers = functionalAcks.send(profile, id, envelope, read.groups(), test,
				InterchangeReport.duplicateControlNumber(envelope));
		String reason = "Interchange control number " + envelope.controlNumber().strip()
				+ " from this sender was first used at " + first.receivedAt() + " (message " + first.id()
				+ ") for other content; nothing was applied: send a new interchange under a new control number";
		List<Problem> all = new ArrayList<>(problems);
		all.add(0, new Problem(envelope.x12() ? "ISA13" : "UNB 0020", reason));
		return store(new Stored(command, id, now, sha256, interchangeKey, test, answers, first), MessageStatus.REFUSED,
				reason, all, List.of());
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
		return store(new Stored(withoutKey, UUID.randomUUID(), clock.instant(), sha256, null, false, Answers.NONE, null),
				MessageStatus.FAILED, reason, List.of(), List.of());
	}

	/** What is kept of a message beside its outcome. */
	private record Stored(ReceiveMessageCommand command, UUID id, Instant now, String sha256,
			@Nullable String interchangeKey, boolean test, Answers answers, StoredMessage.@Nullable FirstUse first) {
	}

	private MessageReceipt store(Stored kept, MessageStatus status, String summary, List<Problem> problems,
			List<DocumentOutcome> outcomes) {
		ReceiveMessageCommand command = kept.command();
		StoredMessage stored = new StoredMessage(kept.id(), command.supplierId(), command.channel(), command.source(),
				command.contentType(), command.fileName(), kept.now(), Correlation.current().value(),
				command.content(), kept.sha256(), status, MessageOutcome.clip(summary), problems, outcomes,
				kept.interchangeKey(), command.idempotencyKey(), kept.answers().functionalAck(), kept.test(),
				kept.answers().interchangeAck(), kept.first() == null ? null : kept.first().id(),
				kept.first() == null ? null : kept.first().receivedAt());
		messages.insert(stored);
		if (!DRY_RUN.equals(command.source())) {
			MessageOutcome.log(stored);
		}
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

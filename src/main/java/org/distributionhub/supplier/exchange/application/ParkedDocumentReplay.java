package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.ParkedStatus;
import org.distributionhub.supplier.api.ReplayParkedDocuments;
import org.distributionhub.supplier.api.ReplayParkedDocuments.ReplayOutcome;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.exchange.ports.out.InboundMessages;
import org.distributionhub.supplier.exchange.ports.out.MappingExceptions;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a parked document again from its stored message and applies it through the same processing as on arrival. */
@Service
class ParkedDocumentReplay implements ReplayParkedDocuments {

	private final MappingExceptions parked;
	private final InboundMessages messages;
	private final FindPartnerProfile profiles;
	private final PartnerFormats formats;
	private final DocumentProcessor processor;
	private final AdminAudit audit;
	private final Clock clock;

	ParkedDocumentReplay(MappingExceptions parked, InboundMessages messages, FindPartnerProfile profiles,
			PartnerFormats formats, DocumentProcessor processor, AdminAudit audit,
			Clock clock) {
		this.parked = parked;
		this.messages = messages;
		this.profiles = profiles;
		this.formats = formats;
		this.processor = processor;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ReplayResult replay(UUID id, String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A replay needs a reason");
		}
		ReplayResult result = parked.find(id).map(entry -> replay(entry)).orElseGet(
				() -> new ReplayResult(id, ReplayOutcome.NOT_FOUND, "No parked document " + id));
		audit.record(actor, "REPLAY_PARKED_DOCUMENT", id.toString(), reason,
				result.outcome() + ": " + result.explanation());
		return result;
	}

	private ReplayResult replay(MappingExceptions.Parked entry) {
		if (entry.status() == ParkedStatus.RESOLVED) {
			return new ReplayResult(entry.id(), ReplayOutcome.ALREADY_RESOLVED,
					"Applied on " + entry.resolvedAt() + " (" + entry.outcome() + "); nothing replayed");
		}
		StoredMessage message = messages.find(entry.messageId()).orElseThrow();
		PartnerProfile profile = profiles.profile(message.supplierId()).orElseThrow(
				() -> new IllegalStateException("Supplier " + message.supplierId() + " is no longer set up"));
		ReadResult read = formats.read(message.channel(), message.content());
		if (entry.documentIndex() >= read.documents().size()) {
			return new ReplayResult(entry.id(), ReplayOutcome.STILL_PARKED, "The stored message no longer reads the same");
		}
		DocumentOutcome outcome = processor.process(
				new ReceivedMessage(message.id(), message.supplierId(), message.channel(), message.receivedAt(),
						message.test()),
				entry.documentIndex(), read.documents().get(entry.documentIndex()), profile);
		if (outcome.result() == DocumentResult.PARKED) {
			parked.recordAttempt(entry.id(), clock.instant(), outcome.explanation());
			return new ReplayResult(entry.id(), ReplayOutcome.STILL_PARKED, outcome.explanation());
		}
		parked.resolve(entry.id(), clock.instant(), outcome.result() + ": " + outcome.explanation());
		List<DocumentOutcome> documents = new ArrayList<>(message.documents());
		if (entry.documentIndex() < documents.size()) {
			documents.set(entry.documentIndex(), outcome);
		}
		messages.updateOutcome(message.id(), MessageOutcome.status(documents, message.problems()),
				(message.test() ? PartnerMessageIntake.TEST : "") + MessageOutcome.summary(documents, message.problems())
						+ " (after replay)", documents);
		return new ReplayResult(entry.id(), ReplayOutcome.of(outcome.result()), outcome.explanation());
	}
}

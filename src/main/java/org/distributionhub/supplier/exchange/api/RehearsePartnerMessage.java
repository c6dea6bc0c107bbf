package org.distributionhub.supplier.exchange.api;

import java.util.List;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.MessageReceipt;
import org.jspecify.annotations.Nullable;

/**
 * The intake of a partner message, run for a dry run: {@link #read} is the channel's reader alone; {@link #rehearse}
 * is the whole intake (keep, read, answer, apply through {@link PartnerDocumentHandler}) judged as live traffic, in
 * the caller's transaction, which the caller must roll back. It answers what the intake decided and the answers it
 * put in the partner outbox, read back before the rollback takes them away.
 */
public interface RehearsePartnerMessage {

	SampleRead read(Channel channel, byte[] content);

	Rehearsal rehearse(String supplierId, Channel channel, @Nullable String contentType, @Nullable String fileName,
			byte[] content);

	/** What the reader made of the sample: documents, located problems, the envelope and its groups. */
	record SampleRead(List<PartnerDocument> documents, List<MessageReceipt.Problem> problems,
			@Nullable Envelope envelope, List<Group> groups) {

		public SampleRead {
			documents = List.copyOf(documents);
			problems = List.copyOf(problems);
			groups = List.copyOf(groups);
		}
	}

	/** ISA or UNB: standard, sender, receiver, control number, version, test indicator, acknowledgement requested. */
	record Envelope(String standard, String sender, String receiver, String controlNumber, String version,
			boolean test, boolean acknowledgementRequested, @Nullable String errorCode) {
	}

	/** A functional group (GS or the EDIFACT interchange) with its result and its transactions as set id and number. */
	record Group(String functionalId, String controlNumber, String status, List<String> transactions) {

		public Group {
			transactions = List.copyOf(transactions);
		}
	}

	/** What the intake decided, and each answer it would have sent (997, TA1, CONTRL) as the partner would get it. */
	record Rehearsal(MessageReceipt receipt, List<Answer> answers) {

		public Rehearsal {
			answers = List.copyOf(answers);
		}
	}

	/** One answer: its kind (outbox kind name), file name, content type and text. */
	record Answer(String kind, String fileName, String contentType, String text) {
	}
}

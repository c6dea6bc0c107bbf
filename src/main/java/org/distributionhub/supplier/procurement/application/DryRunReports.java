package org.distributionhub.supplier.procurement.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.DryRunReport;
import org.distributionhub.supplier.api.DryRunReport.DocumentRead;
import org.distributionhub.supplier.api.DryRunReport.LineRead;
import org.distributionhub.supplier.api.DryRunReport.Problem;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.api.RunDryRuns.DryRunCommand;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.api.RehearsePartnerMessage.SampleRead;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.application.DryRunHarness.Outcome;

import tools.jackson.databind.json.JsonMapper;

/** Puts what a dry run read, mapped, changed and answered into its report. */
final class DryRunReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DryRunReports() {
	}

	static DryRunReport of(DryRunCommand command, PartnerProfile profile, Channel channel, Instant ranAt,
			SampleRead read, SampleLocations where, Outcome outcome) {
		MessageReceipt receipt = outcome.rehearsal() == null ? null : outcome.rehearsal().receipt();
		Map<String, DocumentOutcome> results = receipt == null ? Map.of()
				: receipt.documents().stream().collect(Collectors.toMap(DocumentOutcome::documentId,
						Function.identity(), (first, second) -> first));
		List<Problem> problems = new ArrayList<>();
		read.problems().forEach(problem -> problems.add(new Problem(problem.path(), problem.message(), "read")));
		outcome.mappings().stream().filter(mapping -> mapping.problem() != null)
			.forEach(mapping -> problems.add(new Problem(mapping.location(), mapping.problem(), "mapping")));
		if (receipt != null) {
			receipt.problems().stream().filter(problem -> !read.problems().contains(problem))
				.forEach(problem -> problems.add(new Problem(problem.path(), problem.message(), "intake")));
			receipt.documents().stream()
				.filter(document -> document.result() == DocumentResult.REFUSED
						|| document.result() == DocumentResult.PARKED && problems.stream()
							.noneMatch(problem -> problem.source().equals("mapping")))
				.forEach(document -> problems.add(new Problem("document " + document.documentId(),
						document.explanation(), document.result().name().toLowerCase(java.util.Locale.ROOT))));
		}
		if (outcome.failure() != null) {
			problems.add(new Problem("hub", "Processing failed on our side: " + outcome.failure(), "hub"));
		}
		List<DocumentRead> documents = read.documents().stream()
			.map(document -> document(document, where, results.get(document.documentId())))
			.toList();
		MessageStatus status = receipt == null ? MessageStatus.FAILED : receipt.status();
		boolean passed = problems.isEmpty() && (status == MessageStatus.APPLIED || status == MessageStatus.NO_CHANGE);
		return new DryRunReport(0, command.supplierId(), SampleFormats.name(channel), documentType(channel, read),
				passed, ranAt, command.ranBy(), command.fileName(), status.name(),
				receipt == null ? "Nothing could be judged" : receipt.summary(), envelope(read), groups(read), documents,
				outcome.mappings(), outcome.effects(),
				outcome.rehearsal() == null ? List.of()
						: DryRunHarness.answers(channel, outcome.rehearsal(), apiAnswer(receipt)),
				problems, notes(profile, read, receipt));
	}

	private static DocumentRead document(PartnerDocument document, SampleLocations where, DocumentOutcome outcome) {
		DocumentResult result = outcome == null ? DocumentResult.NO_CHANGE : outcome.result();
		String told = outcome == null ? "not judged" : outcome.explanation();
		List<LineRead> lines = new ArrayList<>();
		if (document instanceof ReceivedAcknowledgement ack) {
			int index = 0;
			for (var line : ack.lines()) {
				index++;
				lines.add(new LineRead(where.line(ack, index), line.lineNumber(), DryRunMappings.describe(line.items()),
						line.orderedQuantity(), line.orderedUnit(), line.unitPrice(), line.statuses().stream()
							.map(DryRunReports::status).toList()));
			}
			return new DocumentRead(ack.documentId(), kind(document), ack.poNumber(),
					"purpose " + ack.purposeCode() + ", type " + ack.typeCode()
							+ (ack.acknowledgedAt() == null ? "" : ", acknowledged " + ack.acknowledgedAt()),
					lines, result, told);
		}
		if (document instanceof ReceivedShipNotice notice) {
			int index = 0;
			for (var item : notice.items()) {
				index++;
				lines.add(new LineRead(where.line(notice, index), item.lineNumber(),
						DryRunMappings.describe(item.items()), item.quantity(), item.unit(), null,
						List.of("PO " + item.poNumber() + (item.packId() == null ? "" : ", pack " + item.packId()))));
			}
			return new DocumentRead(notice.documentId(), kind(document),
					notice.items().isEmpty() ? null : notice.items().get(0).poNumber(), "shipment "
							+ notice.shipmentId() + ", shipped " + notice.shipDate() + ", expected "
							+ notice.expectedDelivery(), lines, result, told);
		}
		if (document instanceof ReceivedInvoice invoice) {
			int index = 0;
			for (var line : invoice.lines()) {
				index++;
				lines.add(new LineRead(where.line(invoice, index), line.lineNumber(),
						DryRunMappings.describe(line.items()), line.quantity(), line.unit(), line.unitPrice(),
						line.poNumber() == null ? List.of() : List.of("PO " + line.poNumber())));
			}
			return new DocumentRead(invoice.documentId(), kind(document), invoice.poNumber() != null || invoice.lines().isEmpty()
					? invoice.poNumber() : invoice.lines().get(0).poNumber(),
					(invoice.creditNote() ? "credit note " : "invoice ") + invoice.invoiceNumber() + ", dated "
							+ invoice.invoiceDate() + (invoice.originalInvoiceNumber() == null ? ""
									: ", credits " + invoice.originalInvoiceNumber())
							+ (invoice.totalAmount() == null ? "" : ", total " + invoice.totalAmount().toPlainString()
									+ (invoice.currency() == null ? "" : " " + invoice.currency()))
							+ invoice.charges().stream().map(charge -> ", " + charge.kind().toLowerCase(java.util.Locale.ROOT)
									+ (charge.code() == null ? "" : " " + charge.code()) + " "
									+ charge.amount().toPlainString()).collect(Collectors.joining()),
					lines, result, told);
		}
		ReceivedFunctionalAck ack = (ReceivedFunctionalAck) document;
		return new DocumentRead(ack.documentId(), kind(document), null, "group " + ack.functionalId() + " "
				+ ack.groupControlNumber() + " " + ack.groupStatus() + ", transactions " + ack.transactions().stream()
					.map(transaction -> transaction.setId() + " " + transaction.controlNumber() + " "
							+ transaction.status()).toList(), List.of(), result, told);
	}

	private static org.distributionhub.supplier.api.DocumentKind kind(PartnerDocument document) {
		if (document instanceof ReceivedAcknowledgement) {
			return org.distributionhub.supplier.api.DocumentKind.ACKNOWLEDGEMENT;
		}
		if (document instanceof ReceivedInvoice) {
			return org.distributionhub.supplier.api.DocumentKind.INVOICE;
		}
		return document instanceof ReceivedShipNotice ? org.distributionhub.supplier.api.DocumentKind.SHIP_NOTICE
				: org.distributionhub.supplier.api.DocumentKind.FUNCTIONAL_ACK;
	}

	private static String status(ReceivedAcknowledgement.Status status) {
		return String.join(" ", java.util.stream.Stream.of(status.code(),
				status.partnerCode() == null ? null : "(" + status.partnerCode() + ")",
				status.quantity() == null ? null : status.quantity().toPlainString(), status.unit(),
				status.date() == null ? null : status.date().toString(),
				status.unitPrice() == null ? null : "price " + status.unitPrice().toPlainString(), status.reason())
			.filter(Objects::nonNull).toList());
	}

	/**
	 * 855, 856, 997, ORDRSP, DESADV, CONTRL by the envelope's transactions; CSV or JSON for an acknowledgement in
	 * those formats, followed by the document kind for anything else.
	 */
	static String documentType(Channel channel, SampleRead read) {
		Set<String> types = new LinkedHashSet<>();
		if (channel == Channel.X12 || channel == Channel.EDIFACT) {
			read.groups().forEach(group -> group.transactions().forEach(transaction -> types.add(transaction.split("[ :]")[0])));
		}
		if (types.isEmpty() || types.contains("")) {
			types.clear();
			read.documents().forEach(document -> types.add(channel == Channel.EDIFACT ? switch (kind(document)) {
				case ACKNOWLEDGEMENT -> "ORDRSP";
				case SHIP_NOTICE -> "DESADV";
				case FUNCTIONAL_ACK -> "CONTRL";
				case INVOICE -> "INVOIC";
			} : channelType(channel, kind(document))));
		}
		String type = types.isEmpty() ? "UNREADABLE" : String.join("/", types);
		return type.length() <= 20 ? type : type.substring(0, 20);
	}

	/** CSV and JSON name their channel, so the checklist tells a CSV acknowledgement from an API one. */
	private static String channelType(Channel channel, org.distributionhub.supplier.api.DocumentKind kind) {
		String name = channel == Channel.CSV ? "CSV" : "JSON";
		return kind == org.distributionhub.supplier.api.DocumentKind.ACKNOWLEDGEMENT ? name : name + " " + kind.name();
	}

	private static DryRunReport.Envelope envelope(SampleRead read) {
		var envelope = read.envelope();
		return envelope == null ? null
				: new DryRunReport.Envelope(envelope.standard(), envelope.sender(), envelope.receiver(),
						envelope.controlNumber(), envelope.version(), envelope.test(),
						envelope.acknowledgementRequested(), envelope.errorCode());
	}

	private static List<DryRunReport.Group> groups(SampleRead read) {
		return read.groups().stream().map(group -> new DryRunReport.Group(group.functionalId(), group.controlNumber(),
				group.status(), group.transactions())).toList();
	}

	private static List<String> notes(PartnerProfile profile, SampleRead read, MessageReceipt receipt) {
		List<String> notes = new ArrayList<>();
		notes.add("Judged as live traffic in a transaction that was rolled back: nothing was kept or sent.");
		if (!profile.live()) {
			notes.add("Supplier " + profile.supplierId() + " is " + profile.phase()
					+ ": sent now, this would be test traffic, answered but changing nothing, until it is LIVE.");
		}
		if (read.envelope() != null && read.envelope().test()) {
			notes.add("The interchange is marked test (ISA15 T or UNB 0035 1): sent as it is, it would change nothing.");
		}
		if (receipt != null) {
			notes.add("Tracking id " + receipt.trackingId() + " and the answers' control numbers were not used.");
		}
		return notes;
	}

	/** The partner API's answer: its HTTP status and the receipt it carries. */
	private static String apiAnswer(MessageReceipt receipt) {
		int status = receipt.controlNumberReused() != null ? 409
				: receipt.status() == MessageStatus.FAILED ? 503
						: receipt.status() == MessageStatus.REFUSED ? 400 : 202;
		return "HTTP " + status + "\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(receipt);
	}
}

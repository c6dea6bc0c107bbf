package org.distributionhub.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a dry run of a sample found: what was read (envelope, groups, documents and lines), how each item, unit and
 * code mapped, what it would change on each purchase order line, the answers the hub would send, and every problem
 * with its location. {@code status} and {@code summary} are what the intake would have answered.
 */
public record DryRunReport(long id, String supplierId, String format, String documentType, boolean passed,
		Instant ranAt, String ranBy, @Nullable String fileName, String status, String summary,
		@Nullable Envelope envelope, List<Group> groups, List<DocumentRead> documents, List<Mapping> mappings,
		List<LineEffect> effects, List<Answer> answers, List<Problem> problems, List<String> notes) {

	public DryRunReport {
		groups = List.copyOf(groups);
		documents = List.copyOf(documents);
		mappings = List.copyOf(mappings);
		effects = List.copyOf(effects);
		answers = List.copyOf(answers);
		problems = List.copyOf(problems);
		notes = List.copyOf(notes);
	}

	public DryRunReport withId(long newId) {
		return new DryRunReport(newId, supplierId, format, documentType, passed, ranAt, ranBy, fileName, status,
				summary, envelope, groups, documents, mappings, effects, answers, problems, notes);
	}

	/** The interchange header (ISA, UNB) as read. */
	public record Envelope(String standard, String sender, String receiver, String controlNumber, String version,
			boolean test, boolean acknowledgementRequested, @Nullable String errorCode) {
	}

	/** A functional group with its control number, its result in the answer and its transactions. */
	public record Group(String functionalId, String controlNumber, String status, List<String> transactions) {
	}

	/** One document read (855, ORDRSP, 856, DESADV, 997, CONTRL, a JSON or CSV acknowledgement) and its lines. */
	public record DocumentRead(String documentId, DocumentKind kind, @Nullable String poNumber, @Nullable String detail,
			List<LineRead> lines, DocumentResult result, String outcome) {
	}

	/** One line as the partner sent it, with where it is in the sample. */
	public record LineRead(String location, @Nullable String lineNumber, String items, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable BigDecimal unitPrice, List<String> statuses) {
	}

	/** How one partner value mapped: what (item, unit, code, purchase order), theirs, ours, or why not. */
	public record Mapping(String location, String what, String partner, @Nullable String hub, @Nullable String problem) {
	}

	/** A purchase order line before and after the sample would be applied. */
	public record LineEffect(String poNumber, String lineNumber, String sku, LineView before, LineView after,
			boolean changed) {
	}

	/** A line's standing: quantity it will deliver, unit price, earliest date, statuses. */
	public record LineView(BigDecimal quantity, String unit, @Nullable BigDecimal unitPrice, @Nullable String currency,
			@Nullable LocalDate date, String status) {
	}

	/** An answer the hub would send: 997, TA1, CONTRL, or the partner API's receipt with its HTTP status. */
	public record Answer(String kind, String fileName, String contentType, String text) {
	}

	/** One problem and where it is: segment and element, CSV row and column, JSON path, document and line. */
	public record Problem(String location, String message, String source) {
	}
}

package org.distributionhub.supplier.exchange.formats.json;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageReader;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an acknowledgement posted to the partner API (schema {@code /api/schemas/acknowledgement-v1.json}). All or
 * nothing: a document with any problem gives no acknowledgement, only every problem with its JSON path. Codes stay
 * as sent, in the {@link CodeList#PORTAL} list; the purpose defaults to {@code original}. A body whose top level
 * names {@code invoiceNumber} or {@code lines} is an invoice and read by {@link JsonInvoiceReader} instead.
 */
@Component
public class JsonAcknowledgementReader implements PartnerMessageReader {

	public static final List<String> FIELDS = List.of("acknowledgementId", "purchaseOrderNumber", "purpose",
			"acknowledgedAt", "purchaseOrderDate", "sellerOrderNumber", "items");

	public static final List<String> PURPOSES = List.of("original", "change", "replace", "duplicate", "cancellation",
			"confirmation");

	private final JsonMapper json = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build())
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Override
	public Channel channel() {
		return Channel.API;
	}

	@Override
	public ReadResult read(byte[] content) {
		JsonNode tree;
		try {
			tree = json.readTree(content);
		}
		catch (JacksonException e) {
			var at = e.getLocation();
			String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
			return ReadResult.refused(new SyntaxProblem("$", "is not valid JSON" + where + ": "
					+ e.getOriginalMessage().lines().findFirst().orElse("")));
		}
		if (tree == null || tree.isMissingNode()) {
			return ReadResult.refused(new SyntaxProblem("$", "is empty; an acknowledgement is a JSON object"));
		}
		var problems = new Problems();
		boolean invoice = JsonInvoiceReader.isInvoice(tree);
		Fields document = Fields.of(tree, "$", problems, invoice ? JsonInvoiceReader.FIELDS : FIELDS);
		if (document == null) {
			return ReadResult.refused(problems.list().toArray(SyntaxProblem[]::new));
		}
		PartnerDocument read = invoice ? JsonInvoiceReader.invoice(document) : acknowledgement(document);
		if (read == null) {
			return new ReadResult(List.of(), problems.list(), null, List.of());
		}
		return new ReadResult(List.of(read), List.of(), null, List.of());
	}

	/** The acknowledgement, or null when any of its fields had a problem. */
	private static @Nullable ReceivedAcknowledgement acknowledgement(Fields document) {
		String id = document.string("acknowledgementId", true, TextRule.IDENTIFIER);
		String po = document.string("purchaseOrderNumber", true, TextRule.IDENTIFIER);
		String purpose = document.code("purpose", false, PURPOSES);
		OffsetDateTime acknowledgedAt = document.dateTime("acknowledgedAt", true);
		LocalDate poDate = document.date("purchaseOrderDate", false);
		String sellerOrder = document.string("sellerOrderNumber", false, TextRule.IDENTIFIER);
		List<Line> lines = JsonLines.read(document);
		if (id == null || po == null || acknowledgedAt == null || document.problems().count() > 0) {
			return null;
		}
		return new ReceivedAcknowledgement(id, po, CodeList.PORTAL, purpose == null ? "original" : purpose, null,
				poDate, sellerOrder, acknowledgedAt, lines);
	}
}

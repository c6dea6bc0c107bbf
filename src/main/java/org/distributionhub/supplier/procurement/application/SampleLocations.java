package org.distributionhub.supplier.procurement.application;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;

/**
 * Where a document and its lines are in a sample, in the partner's own terms: for EDI the transaction (ST02, UNH
 * 0062) and the segment position of a line's PO1, IT1 or LIN counted from its ST or UNH (1); for JSON the path of an item;
 * for CSV the file's row. It only locates: what a line says is the reader's.
 */
final class SampleLocations implements DryRunMappings.Locations {

	private final Channel channel;
	private final String text;

	SampleLocations(Channel channel, byte[] content) {
		this.channel = channel;
		this.text = new String(content, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").strip();
	}

	@Override
	public String document(PartnerDocument document) {
		return switch (channel) {
			case X12 -> "transaction " + document.documentId() + " (ST02)";
			case EDIFACT -> "message " + document.documentId() + " (UNH 0062)";
			case API -> "$";
			case CSV -> (document instanceof ReceivedInvoice ? "rows of invoice " : "rows of PO ") + document.documentId();
		};
	}

	@Override
	public String line(PartnerDocument document, int position) {
		return switch (channel) {
			case X12 -> segment(document, "ST", document instanceof ReceivedShipNotice ? "LIN"
					: document instanceof ReceivedInvoice ? "IT1" : "PO1", position);
			case EDIFACT -> segment(document, "UNH", "LIN", position);
			case API -> "$." + (document instanceof ReceivedAcknowledgement ? "items" : "lines") + "[" + (position - 1)
					+ "]";
			case CSV -> csvRow(document, position);
		};
	}

	/** The segment position of the n-th line segment in the transaction whose header names the document. */
	private String segment(PartnerDocument document, String header, String tag, int position) {
		String where = document(document) + ", line " + position + " (" + tag;
		List<String> segments = segments();
		char separator = text.startsWith("UNA") && text.length() > 4 ? text.charAt(4)
				: text.startsWith("UN") ? '+' : text.length() > 3 ? text.charAt(3) : '*';
		int inTransaction = 0;
		int seen = 0;
		boolean inside = false;
		for (String segment : segments) {
			String[] elements = segment.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
			if (elements[0].equals(header)) {
				inside = elements.length > 1 && idOf(elements).equals(document.documentId().strip());
				inTransaction = 0;
			}
			if (!inside) {
				continue;
			}
			inTransaction++;
			if (elements[0].equals(tag) && ++seen == position) {
				return where + " at segment " + inTransaction + ")";
			}
		}
		return where + ")";
	}

	private String idOf(String[] elements) {
		return (channel == Channel.X12 ? (elements.length > 2 ? elements[2] : "") : elements[1]).strip();
	}

	private List<String> segments() {
		char terminator;
		if (text.startsWith("UNA") && text.length() > 8) {
			terminator = text.charAt(8);
		}
		else if (text.startsWith("UN")) {
			terminator = '\'';
		}
		else {
			terminator = text.length() > 105 ? text.charAt(105) : '~';
		}
		return java.util.Arrays.stream(text.split(java.util.regex.Pattern.quote(String.valueOf(terminator))))
			.map(String::strip).filter(segment -> !segment.isEmpty()).toList();
	}

	/** The file row (the header is row 1) of the n-th row naming the document's PO. */
	private String csvRow(PartnerDocument document, int position) {
		String[] rows = text.split("\r?\n");
		int seen = 0;
		for (int row = 1; row < rows.length; row++) {
			if (rows[row].contains(document.documentId()) && ++seen == position) {
				return "row " + (row + 1);
			}
		}
		return document(document) + ", line " + position;
	}
}

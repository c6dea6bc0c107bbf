package org.distributionhub.supplier.exchange.adapters.in.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.supplier.api.Channel;

/**
 * The channel of a partner file: {@code .csv} is CSV, {@code .json} the partner API's JSON, anything else is EDI if
 * it starts (after a byte-order mark and white space) with ISA (X12) or UNA/UNB (EDIFACT). A {@code .x12} or
 * {@code .edi} file that is neither goes to the intake as X12, whose reader says what is wrong with it. Invoices
 * share these channels: the content tells them apart (a CSV header naming invoice_number, a JSON document with
 * invoiceNumber or lines, an 810 or INVOIC in the interchange).
 */
final class FileChannels {

	static final int HEAD = 512;

	private FileChannels() {
	}

	static Optional<Channel> of(String fileName, byte[] head) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return Optional.of(Channel.CSV);
		}
		if (name.endsWith(".json")) {
			return Optional.of(Channel.API);
		}
		Optional<Channel> sniffed = sniff(head);
		if (sniffed.isEmpty() && (name.endsWith(".x12") || name.endsWith(".edi"))) {
			return Optional.of(Channel.X12);
		}
		return sniffed;
	}

	static String contentType(Channel channel) {
		return switch (channel) {
			case CSV -> "text/csv";
			case API -> "application/json";
			case EDIFACT -> "application/edifact";
			case X12 -> "application/edi-x12";
		};
	}

	private static Optional<Channel> sniff(byte[] head) {
		int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
				&& (head[2] & 0xFF) == 0xBF ? 3 : 0;
		while (start < head.length && Character.isWhitespace(head[start])) {
			start++;
		}
		String tag = new String(head, start, Math.min(3, head.length - start), StandardCharsets.US_ASCII);
		return switch (tag) {
			case "ISA" -> Optional.of(Channel.X12);
			case "UNA", "UNB" -> Optional.of(Channel.EDIFACT);
			default -> Optional.empty();
		};
	}
}

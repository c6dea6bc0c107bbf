package org.distributionhub.supplier.exchange.formats.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as text: UTF-8 with or without a byte-order mark, and its separator, taken from a spreadsheet's
 * {@code sep=;} line if there is one (then skipped), else the one of comma, semicolon, tab and pipe that the header
 * line uses most.
 */
record CsvText(String text, char separator, int skippedLines) {

	private static final List<Character> SEPARATORS = List.of(',', ';', '\t', '|');

	/** The text, or refused when the bytes are not a UTF-8 CSV file. */
	static CsvText decode(byte[] content) throws Refused {
		String text = utf8(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new Refused("file", "is empty; the first row must name the columns");
		}
		String firstLine = text.lines().findFirst().orElse("");
		if (firstLine.matches("(?i)sep=.")) {
			int lineEnd = text.indexOf('\n');
			return new CsvText(lineEnd < 0 ? "" : text.substring(lineEnd + 1), firstLine.charAt(4), 1);
		}
		String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		return new CsvText(text, separatorOf(header), 0);
	}

	private static char separatorOf(String header) {
		char best = ',';
		int bestCount = 0;
		for (char candidate : SEPARATORS) {
			int count = countOutsideQuotes(header, candidate);
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static int countOutsideQuotes(String line, char wanted) {
		int count = 0;
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == wanted && !quoted) {
				count++;
			}
		}
		return count;
	}

	private static String utf8(byte[] content) throws Refused {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(content);
		var out = CharBuffer.allocate(content.length);
		var result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new Refused("row " + lineAt(content, in.position()),
					"is not UTF-8 text (byte " + (in.position() + 1) + "); save the file as UTF-8");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}

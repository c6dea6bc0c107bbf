package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: every row ends in CRLF; a cell holding a comma, quote, CR or LF is quoted and its quotes
 * doubled. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe, so opening an export cannot execute what a partner put into a payload.
 */
final class CsvWriter {

	private final Writer out;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void row(List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(cell(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String cell(String value) {
		String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
				|| text.indexOf('\n') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}

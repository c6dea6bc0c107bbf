package org.distributionhub.inventory.adapters.in.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.distributionhub.shared.ControlCharacters;
import org.distributionhub.shared.ControlCharacters.Kind;

/**
 * Splits a delimited text into a header and rows: UTF-8 with or without a byte-order mark (else Windows-1252), the
 * separator the header line uses most of comma, semicolon, tab and pipe, values in double quotes (a doubled quote
 * inside), blank lines skipped. Header names are compared in lower case with spaces as underscores; values are
 * trimmed. Each row keeps the line of the file it starts on (the header's line is 1 if the file starts with it).
 */
public final class DelimitedText {

	private static final char[] SEPARATORS = { ',', ';', '\t', '|' };

	/** A row of values and the line it starts on. */
	public record Row(int line, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}
	}

	/** The header's names as given, the same names normalized, the rows and the separator found. */
	public record Table(List<String> names, List<String> header, List<Row> rows, char separator) {

		public Table {
			names = List.copyOf(names);
			header = List.copyOf(header);
			rows = List.copyOf(rows);
		}
	}

	/** The text cannot be read at all: nothing of it may be used. */
	public static final class NotReadable extends RuntimeException {

		public NotReadable(String message) {
			super(message);
		}
	}

	private DelimitedText() {
	}

	public static Table read(byte[] content) {
		String text = decode(content);
		char separator = separator(text);
		List<Row> records = split(text, separator);
		if (records.isEmpty()) {
			throw new NotReadable("The file is empty: it needs a header line naming its columns");
		}
		Row first = records.get(0);
		List<String> names = first.values();
		List<String> header = names.stream().map(DelimitedText::normalized).toList();
		records.forEach(row -> refuseControls(row, names));
		return new Table(names, header, records.subList(1, records.size()), separator);
	}

	/** A control character other than tab and line breaks in any value refuses the file, naming line and column. */
	private static void refuseControls(Row row, List<String> names) {
		for (int i = 0; i < row.values().size(); i++) {
			String problem = ControlCharacters.problem(row.values().get(i), Kind.TEXT);
			if (problem != null) {
				String column = i < names.size() && ControlCharacters.find(names.get(i), Kind.TEXT) < 0
						? names.get(i) : "number " + (i + 1);
				throw new NotReadable("Line " + row.line() + ", column " + column + ": " + problem
						+ "; nothing of the file was used");
			}
		}
	}

	static String normalized(String name) {
		return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}

	private static List<Row> split(String text, char separator) {
		var rows = new ArrayList<Row>();
		var values = new ArrayList<String>();
		var value = new StringBuilder();
		int line = 1;
		int rowStart = 1;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					value.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += c == '\n' ? 1 : 0;
					value.append(c);
				}
			}
			else if (c == '"' && value.toString().isBlank()) {
				quoted = true;
				value.setLength(0);
			}
			else if (c == separator) {
				values.add(value.toString().strip());
				value.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				end(rows, values, value, rowStart);
				line++;
				rowStart = line;
			}
			else {
				value.append(c);
			}
		}
		if (quoted) {
			throw new NotReadable("Line " + rowStart + ": a quoted value is not closed; nothing of the file was used");
		}
		end(rows, values, value, rowStart);
		return rows;
	}

	/** Ends a row; a row of nothing but empty values is a blank line. */
	private static void end(List<Row> rows, List<String> values, StringBuilder value, int line) {
		values.add(value.toString().strip());
		if (values.stream().anyMatch(it -> !it.isEmpty())) {
			rows.add(new Row(line, values));
		}
		values.clear();
		value.setLength(0);
	}

	/** The separator the first non-blank line uses most; comma when it uses none. */
	private static char separator(String text) {
		String first = text.lines().filter(it -> !it.isBlank()).findFirst().orElse("");
		char best = ',';
		long most = 0;
		for (char candidate : SEPARATORS) {
			long count = first.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	/** UTF-8 (with or without a byte-order mark), or Windows-1252 as spreadsheets often save. */
	private static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			text = new String(content, Charset.forName("windows-1252"));
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}

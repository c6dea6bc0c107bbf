package org.distributionhub.supplier.exchange.formats.csv;

import java.util.ArrayList;
import java.util.List;

import org.distributionhub.shared.ControlCharacters;
import org.distributionhub.shared.ControlCharacters.Kind;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Splits the text into records with Jackson's CSV parser (double quotes, doubled quotes inside them, line breaks in
 * quoted values, CRLF or LF), each with the line of the file it starts on. Broken quoting refuses the whole file:
 * what follows it cannot be told apart.
 */
final class CsvRecords {

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private CsvRecords() {
	}

	/** One record: the line it starts on (the first line of the file is 1) and its values as written. */
	record Record(int line, List<String> values) {

		Record {
			values = List.copyOf(values);
		}

		boolean blank() {
			return values.stream().allMatch(String::isBlank);
		}
	}

	static List<Record> of(CsvText text) throws Refused {
		var schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(text.separator());
		var records = new ArrayList<Record>();
		try (var parser = CSV.reader(schema).createParser(text.text())) {
			var values = new ArrayList<String>();
			int line = 0;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.VALUE_STRING) {
					if (values.isEmpty()) {
						line = parser.currentTokenLocation().getLineNr() + text.skippedLines();
					}
					String value = parser.getString();
					String control = ControlCharacters.problem(value, Kind.TEXT);
					if (control != null) {
						throw new Refused("row " + (parser.currentTokenLocation().getLineNr() + text.skippedLines())
								+ ", column " + (values.size() + 1), control + "; no row of the file was used");
					}
					values.add(value);
				}
				else if (token == JsonToken.END_ARRAY && !values.isEmpty()) {
					records.add(new Record(line, values));
					values.clear();
				}
			}
		}
		catch (JacksonException e) {
			var at = e.getLocation();
			throw new Refused("row " + (at == null ? "?" : at.getLineNr() + text.skippedLines()),
					"cannot be read as CSV (" + e.getOriginalMessage() + "); no row of the file was used");
		}
		return records;
	}
}

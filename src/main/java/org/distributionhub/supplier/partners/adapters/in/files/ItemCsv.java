package org.distributionhub.supplier.partners.adapters.in.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.distributionhub.platform.problems.JsonMistakes;
import org.distributionhub.platform.problems.TextValues;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.RowProblem;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an item cross-reference CSV: a header naming the columns (supplier_part and sku required; gtin,
 * supplier_unit, our_unit, factor optional) in any order and case, then one mapping per row. Tolerates a byte-order
 * mark, spaces around names and values, blank lines, # comment lines, Windows-1252 text and ; or tab as separator.
 * An unknown column refuses the whole file, since a misspelt unit column would silently map every row to EA.
 */
public final class ItemCsv {

	public static final List<String> COLUMNS = List.of("supplier_part", "sku", "gtin", "supplier_unit", "our_unit",
			"factor");

	static final int MAX_ROWS = 200_000;

	private static final CsvMapper CSV = CsvMapper.builder()
		.enable(CsvReadFeature.WRAP_AS_ARRAY, CsvReadFeature.SKIP_EMPTY_LINES, CsvReadFeature.ALLOW_COMMENTS,
				CsvReadFeature.TRIM_SPACES)
		.addModule(TextValues.module())
		.build();

	/** Rows to check, rows that could not be split into fields, and problems that refuse the whole file. */
	public record Parsed(List<ItemRow> rows, List<RowProblem> unreadable, List<String> fileProblems) {
	}

	private ItemCsv() {
	}

	public static Parsed read(byte[] content) {
		String text = decode(content);
		var rows = new ArrayList<ItemRow>();
		var unreadable = new ArrayList<RowProblem>();
		var schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
		try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).with(schema).readValues(text)) {
			if (!lines.hasNextValue()) {
				return new Parsed(rows, unreadable, List.of("The file is empty: it needs a header line naming the columns "
						+ String.join(", ", COLUMNS)));
			}
			var header = header(lines.nextValue());
			if (!header.problems().isEmpty()) {
				return new Parsed(rows, unreadable, header.problems());
			}
			int line = lines.currentLocation().getLineNr();
			try {
				while (lines.hasNextValue()) {
					if (rows.size() + unreadable.size() >= MAX_ROWS) {
						return new Parsed(List.of(), List.of(), List.of("More than " + MAX_ROWS + " rows: split the file"));
					}
					line = lines.currentLocation().getLineNr();
					var fields = lines.nextValue();
					if (fields.size() > header.width()) {
						unreadable.add(new RowProblem(line, null, field(fields, header, "supplier_part"), fields.size()
								+ " fields where the header has " + header.width() + " (a value with a comma needs quotes)"));
						continue;
					}
					rows.add(new ItemRow(line, field(fields, header, "supplier_part"), field(fields, header, "sku"),
							field(fields, header, "gtin"), field(fields, header, "supplier_unit"),
							field(fields, header, "our_unit"), field(fields, header, "factor")));
				}
			}
			catch (JacksonException e) {
				// Rows past a broken quote cannot be told apart: importing the rest would drop them on a replace.
				return new Parsed(List.of(), List.of(), List.of("Line " + line + ": cannot read the file on from here: "
						+ JsonMistakes.message(e) + "; nothing from this file was used"));
			}
		}
		catch (JacksonException e) {
			return new Parsed(List.of(), List.of(), List.of("Not a CSV file: " + JsonMistakes.message(e)));
		}
		return new Parsed(rows, unreadable, List.of());
	}

	private record Header(Map<String, Integer> index, int width, List<String> problems) {
	}

	private static Header header(List<String> names) {
		var index = new HashMap<String, Integer>();
		var problems = new ArrayList<String>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
			if (name.isEmpty() && i == names.size() - 1) {
				continue;
			}
			if (!COLUMNS.contains(name)) {
				problems.add("Unknown column '" + names.get(i).strip() + "' in the header; the columns are "
						+ String.join(", ", COLUMNS));
			}
			else if (index.putIfAbsent(name, i) != null) {
				problems.add("Column " + name + " appears twice in the header");
			}
		}
		for (String required : List.of("supplier_part", "sku")) {
			if (problems.isEmpty() && !index.containsKey(required)) {
				problems.add("The header has no column " + required + " (it names: " + String.join(", ", names) + ")");
			}
		}
		return new Header(index, names.size(), problems);
	}

	private static @Nullable String field(List<String> fields, Header header, String column) {
		Integer i = header.index().get(column);
		return i == null || i >= fields.size() || fields.get(i).isBlank() ? null : fields.get(i).strip();
	}

	/** The separator the header line uses most: comma, semicolon or tab. */
	private static char separator(String text) {
		String first = text.lines().filter(it -> !it.isBlank() && !it.startsWith("#")).findFirst().orElse("");
		long commas = first.chars().filter(c -> c == ',').count();
		long semicolons = first.chars().filter(c -> c == ';').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
		return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
	}

	/** UTF-8 (with or without a byte-order mark), or Windows-1252 as spreadsheets often save. */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}
}

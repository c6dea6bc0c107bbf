package org.distributionhub.supplier.exchange.formats.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;

/**
 * Reads an invoice file: one row per invoiced line, the rows of one invoice_number forming one invoice (or credit
 * note, by the type column), in the order the invoices first appear. Its columns are {@link InvoiceRow#COLUMNS}; a
 * file is an invoice file when its header names invoice_number. A row with problems is reported at its row and column
 * and its whole invoice is left out (an invoice is never taken in part); the file's other invoices still count.
 */
final class CsvInvoiceReader {

	private CsvInvoiceReader() {
	}

	static boolean isInvoiceHeader(CsvRecords.Record header) {
		return header.values().stream().map(CsvHeader::normalised).anyMatch(InvoiceRow.NUMBER::equals);
	}

	static ReadResult read(CsvRecords.Record header, List<CsvRecords.Record> records) {
		Map<String, Integer> columns;
		try {
			columns = InvoiceRow.columns(header);
		}
		catch (Refused refused) {
			return ReadResult.refused(refused.problem());
		}
		var problems = new ArrayList<SyntaxProblem>();
		var invoices = new LinkedHashMap<String, InvoiceRows>();
		for (var record : records) {
			var row = new InvoiceRow(columns, record, header.values().size());
			int before = problems.size();
			InvoiceRow.Read read = row.read(problems);
			if (read.invoiceNumber() == null) {
				continue;
			}
			InvoiceRows rows = invoices.computeIfAbsent(read.invoiceNumber(), InvoiceRows::new);
			rows.add(read, record.line(), problems.size() > before, problems);
		}
		List<PartnerDocument> documents = new ArrayList<>();
		for (InvoiceRows rows : invoices.values()) {
			if (rows.refused()) {
				problems.add(new SyntaxProblem("invoice " + rows.number, "is not taken in: rows "
						+ rows.refusedRows() + " have problems; send the whole invoice again"));
			}
			else {
				documents.add(rows.invoice());
			}
		}
		return new ReadResult(documents, problems, null, List.of());
	}

	/** The rows of one invoice: header values agreed across rows, and its lines. */
	private static final class InvoiceRows {

		private final String number;
		private final Map<String, String> header = new LinkedHashMap<>();
		private final Map<String, Integer> headerRows = new LinkedHashMap<>();
		private final List<ReceivedInvoice.Line> lines = new ArrayList<>();
		private final List<Integer> refused = new ArrayList<>();

		InvoiceRows(String number) {
			this.number = number;
		}

		void add(InvoiceRow.Read read, int line, boolean bad, List<SyntaxProblem> problems) {
			for (var value : read.header().entrySet()) {
				String earlier = header.putIfAbsent(value.getKey(), value.getValue());
				if (earlier != null && !earlier.equals(value.getValue())) {
					problems.add(new SyntaxProblem("row " + line + ", column " + value.getKey(), "is '"
							+ value.getValue() + "' but row " + headerRows.get(value.getKey()) + " of invoice " + number
							+ " says '" + earlier + "'"));
					bad = true;
				}
				headerRows.putIfAbsent(value.getKey(), line);
			}
			if (bad || read.line() == null) {
				refused.add(line);
			}
			else {
				lines.add(read.line());
			}
		}

		boolean refused() {
			return !refused.isEmpty();
		}

		String refusedRows() {
			return String.join(", ", refused.stream().map(String::valueOf).toList());
		}

		ReceivedInvoice invoice() {
			String tax = header.get(InvoiceRow.TAX);
			List<ReceivedInvoice.Charge> charges = tax == null ? List.of()
					: List.of(new ReceivedInvoice.Charge("TAX", null, new BigDecimal(tax), null));
			String total = header.get(InvoiceRow.TOTAL);
			String date = header.get(InvoiceRow.DATE);
			return new ReceivedInvoice(number, number, date == null ? null : java.time.LocalDate.parse(date),
					lines.get(0).poNumber(), "credit_note".equals(header.get(InvoiceRow.TYPE)),
					header.get(InvoiceRow.ORIGINAL), header.get(InvoiceRow.CURRENCY), lines, charges,
					total == null ? null : new BigDecimal(total));
		}
	}
}

package org.distributionhub.supplier.exchange.formats.csv;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a purchase order as a UTF-8 CSV file with a header and one row per line, CRLF line ends, quoted where a
 * value needs it. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * is prefixed with an apostrophe.
 */
@Component
class CsvPurchaseOrderWriter implements PartnerMessageWriter {

	static final List<String> COLUMNS = List.of("po_number", "revision", "order_date", "ship_to", "line_number",
			"sku", "supplier_part", "quantity", "unit", "unit_price", "currency", "requested_date");

	private static final CsvSchema SCHEMA = CsvSchema.builder()
		.addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
		.build()
		.withHeader()
		.withLineSeparator("\r\n");

	static final List<String> REJECTION_COLUMNS = List.of("invoice_number", "po_number", "status", "reason",
			"rejected_at");

	private static final CsvSchema REJECTION = CsvSchema.builder()
		.addColumns(REJECTION_COLUMNS, CsvSchema.ColumnType.STRING)
		.build()
		.withHeader()
		.withLineSeparator("\r\n");

	private final CsvMapper csv = CsvMapper.builder().build();

	@Override
	public Channel channel() {
		return Channel.CSV;
	}

	@Override
	public OutboundMessage purchaseOrder(OutboundPurchaseOrder order, Addressing addressing) {
		List<Map<String, String>> rows = order.lines().stream().map(line -> row(order, line)).toList();
		String fileName = "po-" + order.poNumber().replaceAll("[^A-Za-z0-9._-]", "_") + "-r" + order.revision()
				+ ".csv";
		return new OutboundMessage(fileName, "text/csv; charset=UTF-8", csv.writer(SCHEMA).writeValueAsBytes(rows));
	}

	private static Map<String, String> row(OutboundPurchaseOrder order, OutboundPurchaseOrder.Line line) {
		var row = new LinkedHashMap<String, String>();
		row.put("po_number", safe(order.poNumber()));
		row.put("revision", Integer.toString(order.revision()));
		row.put("order_date", order.orderDate().toString());
		row.put("ship_to", safe(order.shipTo()));
		row.put("line_number", safe(line.lineNumber()));
		row.put("sku", safe(line.sku()));
		row.put("supplier_part", safe(line.supplierPart()));
		row.put("quantity", line.quantity().toPlainString());
		row.put("unit", safe(line.unit()));
		row.put("unit_price", plain(line.unitPrice()));
		row.put("currency", safe(order.currency()));
		row.put("requested_date", line.requestedDate().toString());
		return row;
	}

	/**
	 * The file that tells a CSV partner its invoice was rejected: one row with invoice_number, po_number, status
	 * (rejected), reason and rejected_at ({@code invoice-rejected-<invoice>.csv}).
	 */
	@Override
	public OutboundMessage invoiceRejection(InvoiceRejection rejection, Addressing addressing) {
		var row = new LinkedHashMap<String, String>();
		row.put("invoice_number", safe(rejection.invoiceNumber()));
		row.put("po_number", safe(rejection.poNumber()));
		row.put("status", "rejected");
		row.put("reason", safe(rejection.reason()));
		row.put("rejected_at", rejection.rejectedAt().toString());
		return new OutboundMessage("invoice-rejected-" + rejection.invoiceNumber().replaceAll("[^A-Za-z0-9._-]", "_")
				+ ".csv", "text/csv; charset=UTF-8", csv.writer(REJECTION).writeValueAsBytes(List.of(row)));
	}

	/** Text as a spreadsheet must show it, never run it: a leading formula character gets an apostrophe. */
	static String safe(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String plain(@Nullable BigDecimal number) {
		return number == null ? "" : number.toPlainString();
	}

	/** Files have no functional acknowledgement: the supplier's portal shows what it took. */
	@Override
	public OutboundMessage functionalAcknowledgement(InterchangeEnvelope received, List<GroupReport> groups,
			Addressing addressing) {
		throw new UnsupportedOperationException("CSV files have no functional acknowledgement");
	}
}

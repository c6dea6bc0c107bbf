package org.distributionhub.supplier.exchange.formats.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageReader;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

/**
 * Reads a dropship portal's acknowledgement file (retailer_po, sku_id, quantity_accepted, quantity_rejected,
 * quantity_backordered, backorder_date, supplier_po, notes): the rows of one retailer_po become one acknowledgement
 * with that PO as its id, in the order the POs first appear. A row with problems is left out and reported; the
 * other rows still count, so a result may carry both documents and problems. A file whose header names
 * invoice_number is an invoice file, read by {@link CsvInvoiceReader}.
 */
@Component
class CsvAcknowledgementReader implements PartnerMessageReader {

	@Override
	public Channel channel() {
		return Channel.CSV;
	}

	@Override
	public ReadResult read(byte[] content) {
		List<CsvRecords.Record> records;
		@org.jspecify.annotations.Nullable CsvHeader header;
		try {
			records = new ArrayList<>(
					CsvRecords.of(CsvText.decode(content)).stream().filter(record -> !record.blank()).toList());
			if (records.isEmpty()) {
				throw new Refused("file", "is empty; the first row must name the columns");
			}
			CsvRecords.Record first = records.remove(0);
			header = CsvInvoiceReader.isInvoiceHeader(first) ? null : CsvHeader.of(first);
			if (records.isEmpty()) {
				throw new Refused("file", "has a header but no rows");
			}
			if (header == null) {
				return CsvInvoiceReader.read(first, records);
			}
		}
		catch (Refused refused) {
			return ReadResult.refused(refused.problem());
		}
		var problems = new ArrayList<SyntaxProblem>();
		var purchaseOrders = new LinkedHashMap<String, PurchaseOrderRows>();
		for (var record : records) {
			var row = RowReader.read(header, record, problems);
			if (row != null) {
				purchaseOrders.computeIfAbsent(row.po(), PurchaseOrderRows::new).add(row, problems);
			}
		}
		List<PartnerDocument> documents = purchaseOrders.values()
			.stream()
			.filter(rows -> !rows.isEmpty())
			.map(PurchaseOrderRows::acknowledgement)
			.map(PartnerDocument.class::cast)
			.toList();
		return new ReadResult(documents, problems, null, List.of());
	}
}

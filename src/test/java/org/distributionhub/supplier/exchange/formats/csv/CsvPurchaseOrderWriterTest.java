package org.distributionhub.supplier.exchange.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder.Line;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvPurchaseOrderWriterTest {

	private static final Addressing ADDRESSING = new Addressing(new EdiIdentity("ZZ", "HUB", "HUB"),
			new EdiIdentity("ZZ", "ACME", "ACME"), 1, 1, OffsetDateTime.parse("2026-03-01T08:00:00Z"), false);

	private final CsvPurchaseOrderWriter writer = new CsvPurchaseOrderWriter();

	@Test
	void writesAHeaderAndOneRowPerLine() {
		var order = new OutboundPurchaseOrder("acme", "PO-4711", 0, LocalDate.of(2026, 3, 1), "DC North, Gate 4",
				"EUR", List.of(new Line("10", "SKU-1", "V-100", new BigDecimal("100"), "EA", new BigDecimal("2.50"),
						LocalDate.of(2026, 3, 15)),
						new Line("20", "SKU-2", null, new BigDecimal("12.5"), "KG", null, LocalDate.of(2026, 3, 20))));

		var message = writer.purchaseOrder(order, ADDRESSING);

		assertThat(writer.channel()).isEqualTo(Channel.CSV);
		assertThat(message.fileName()).isEqualTo("po-PO-4711-r0.csv");
		assertThat(message.contentType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(new String(message.content(), StandardCharsets.UTF_8)).isEqualTo(
				"po_number,revision,order_date,ship_to,line_number,sku,supplier_part,quantity,unit,unit_price,currency,"
						+ "requested_date\r\n"
						+ "PO-4711,0,2026-03-01,\"DC North, Gate 4\",10,SKU-1,V-100,100,EA,2.50,EUR,2026-03-15\r\n"
						+ "PO-4711,0,2026-03-01,\"DC North, Gate 4\",20,SKU-2,,12.5,KG,,EUR,2026-03-20\r\n");
	}

	/** Read back with a CSV parser: every value survives quoting, and formula starts are defused. */
	@Test
	void roundTripsThroughACsvParserWithFormulasDefused() {
		var order = new OutboundPurchaseOrder("acme", "=HYPERLINK(\"x\")", 3, LocalDate.of(2026, 3, 1),
				"@Dock \"B\"\nrear", null, List.of(new Line("-1", "+SKU", "part;2", new BigDecimal("1.000"), "EA",
						new BigDecimal("0.1"), LocalDate.of(2026, 4, 1))));

		var message = writer.purchaseOrder(order, ADDRESSING);

		var rows = readBack(message.content());
		assertThat(message.fileName()).isEqualTo("po-_HYPERLINK__x__-r3.csv");
		assertThat(rows).singleElement().isEqualTo(Map.ofEntries(Map.entry("po_number", "'=HYPERLINK(\"x\")"),
				Map.entry("revision", "3"), Map.entry("order_date", "2026-03-01"),
				Map.entry("ship_to", "'@Dock \"B\"\nrear"), Map.entry("line_number", "'-1"), Map.entry("sku", "'+SKU"),
				Map.entry("supplier_part", "part;2"), Map.entry("quantity", "1.000"), Map.entry("unit", "EA"),
				Map.entry("unit_price", "0.1"), Map.entry("currency", ""), Map.entry("requested_date", "2026-04-01")));
	}

	@Test
	void hasNoFunctionalAcknowledgement() {
		var envelope = new InterchangeEnvelope("X12", "ZZ", "ACME", "ZZ", "HUB", "1", null, false);

		assertThatThrownBy(() -> writer.functionalAcknowledgement(envelope, List.of(), ADDRESSING))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	private static List<Map<String, String>> readBack(byte[] content) {
		var csv = CsvMapper.builder().build();
		try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(content)) {
			return rows.readAll();
		}
	}
}

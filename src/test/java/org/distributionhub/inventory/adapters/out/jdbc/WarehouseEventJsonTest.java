package org.distributionhub.inventory.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.distributionhub.inventory.domain.WarehouseEventType;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.Content;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.Line;
import org.junit.jupiter.api.Test;

/** The stored form of a warehouse message: its JSON keeps one field order, so its hash is stable, and reads back. */
class WarehouseEventJsonTest {

	private final Content content = new Content("WMS-1", WarehouseEventType.SHIPMENT_DISPATCHED, "MAIN",
			Instant.parse("2026-11-30T08:00:00Z"), "web:1001", "SHP-1", null, null, "DHL", null,
			List.of(new Line(1, null, "SKU-1", new BigDecimal("2.5"), "EA"), new Line(2, null, null, BigDecimal.TEN,
					null)));

	@Test
	void writesTheFieldsInTheirFixedOrderWithPlainQuantities() {
		assertThat(WarehouseEventJson.write(content)).isEqualTo("""
				{"eventId":"WMS-1","type":"SHIPMENT_DISPATCHED","warehouse":"MAIN","occurredAt":"2026-11-30T08:00:00Z",\
				"orderId":"web:1001","shipmentId":"SHP-1","poNumber":null,"reason":null,"carrier":"DHL",\
				"trackingNumber":null,"lines":[{"lineNumber":1,"poLineNumber":null,"sku":"SKU-1","quantity":"2.5",\
				"unit":"EA"},{"lineNumber":2,"poLineNumber":null,"sku":null,"quantity":"10","unit":null}]}""");
	}

	@Test
	void readsBackWhatItWrote() {
		assertThat(WarehouseEventJson.read(WarehouseEventJson.write(content))).isEqualTo(content);
	}

	@Test
	void theHashIsTheSha256OfTheText() {
		assertThat(WarehouseEventJson.hash("")).isEqualTo(
				"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(WarehouseEventJson.hash(WarehouseEventJson.write(content))).hasSize(64);
	}
}

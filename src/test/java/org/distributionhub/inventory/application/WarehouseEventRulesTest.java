package org.distributionhub.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.distributionhub.inventory.ports.in.WarehouseMessage.Line;
import org.junit.jupiter.api.Test;

/** The checks every warehouse message passes, whatever channel brought it, and the one form it is stored in. */
class WarehouseEventRulesTest {

	@Test
	void aCompleteMessageOfEachTypePasses() {
		assertThat(problems(message("PICK_CONFIRMED", "web:1", null, null, line(1, null, "SKU-1", "5")))).isEmpty();
		assertThat(problems(message("SHIPMENT_DISPATCHED", "web:1", "SHP-1", null, line(1, null, null, "5"))))
			.isEmpty();
		assertThat(problems(message("GOODS_RECEIVED", null, null, "PO-9", line(null, "1", "SKU-1", "5")))).isEmpty();
		assertThat(problems(message("STOCK_ADJUSTED", null, null, null, line(null, null, "SKU-1", "-3")))).isEmpty();
	}

	@Test
	void missingFieldsAreNamedByTheirPath() {
		var blank = new WarehouseMessage(" ", null, "", null, null, null, null, null, null, null, List.of());

		assertThat(problems(blank)).extracting(FieldProblem::path)
			.containsExactly("eventId", "type", "warehouse", "lines");
	}

	@Test
	void anUnknownTypeIsNamed() {
		assertThat(problems(message("PICKED", "web:1", null, null, line(1, null, "SKU-1", "5"))))
			.containsExactly(new FieldProblem("type",
					"must be one of PICK_CONFIRMED, SHIPMENT_DISPATCHED, GOODS_RECEIVED, STOCK_ADJUSTED"));
	}

	@Test
	void orderEventsNeedTheOrderTheShipmentAndLineNumbers() {
		assertThat(problems(message("SHIPMENT_DISPATCHED", null, null, null, line(null, null, "SKU-1", "5"),
				line(2, null, null, "1"), line(2, null, null, "1"))))
			.extracting(FieldProblem::path)
			.containsExactly("orderId", "shipmentId", "lines[0].lineNumber", "lines[2].lineNumber");
	}

	@Test
	void quantitiesArePositiveExceptAnAdjustmentsWhichIsAChangeOtherThanZero() {
		assertThat(problems(message("GOODS_RECEIVED", null, null, null, line(null, null, "A", "0"),
				line(null, null, "B", "-1"), line(null, null, "C", null))))
			.extracting(FieldProblem::path, FieldProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "must be greater than zero"),
					org.assertj.core.groups.Tuple.tuple("lines[1].quantity", "must be greater than zero"),
					org.assertj.core.groups.Tuple.tuple("lines[2].quantity", "is required"));
		assertThat(problems(message("STOCK_ADJUSTED", null, null, null, line(null, null, "A", "0.000"))))
			.extracting(FieldProblem::path)
			.containsExactly("lines[0].quantity");
		assertThat(problems(message("STOCK_ADJUSTED", null, null, null, line(null, null, "A", "0.0000001"))))
			.extracting(FieldProblem::path)
			.containsExactly("lines[0].quantity");
	}

	@Test
	void receiptsAndAdjustmentsNeedSkusAndAPoLineNeedsItsPo() {
		assertThat(problems(message("GOODS_RECEIVED", null, null, null, line(null, "1", null, "5"))))
			.extracting(FieldProblem::path)
			.containsExactly("lines[0].sku", "lines[0].poLineNumber");
	}

	@Test
	void theStoredFormIsTheSameForTheSameEventWrittenDifferently() {
		var json = message("GOODS_RECEIVED", null, null, "PO-9", new Line(null, "1", "SKU-1", new BigDecimal("5.0"),
				null));
		var csv = new WarehouseMessage(" WMS-1 ", "goods_received", "MAIN ", null, "", null, "PO-9", null, null, " ",
				List.of(new Line(null, "1", " SKU-1", new BigDecimal("5"), "ea")));

		assertThat(WarehouseEventRules.normalized(csv)).isEqualTo(WarehouseEventRules.normalized(json));
		assertThat(WarehouseEventRules.normalized(json).lines()).singleElement()
			.satisfies(it -> assertThat(it.unit()).isEqualTo("EA"));
	}

	private static List<FieldProblem> problems(WarehouseMessage message) {
		return WarehouseEventRules.check(WarehouseEventRules.normalized(message));
	}

	static WarehouseMessage message(String type, String orderId, String shipmentId, String poNumber, Line... lines) {
		return new WarehouseMessage("WMS-1", type, "MAIN", null, orderId, shipmentId, poNumber, null, null, null,
				List.of(lines));
	}

	static Line line(Integer lineNumber, String poLineNumber, String sku, String quantity) {
		return new Line(lineNumber, poLineNumber, sku, quantity == null ? null : new BigDecimal(quantity), null);
	}
}

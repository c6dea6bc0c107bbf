package org.distributionhub.inventory.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.distributionhub.inventory.adapters.in.files.WarehouseEventCsv.CsvEvent;
import org.distributionhub.inventory.adapters.in.files.WarehouseEventCsv.RowProblem;
import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.junit.jupiter.api.Test;

/** Warehouse events in CSV: rows grouped into events, values read, contradictions and unreadable values named. */
class WarehouseEventCsvTest {

	@Test
	void rowsSharingAnEventIdFormOneEventInAnyColumnOrder() {
		var parsed = read("""
				sku;quantity;event_id;type;warehouse;order_id;line_number;occurred_at
				A;2;WMS-1;PICK_CONFIRMED;MAIN;web:1;1;2026-11-27T10:00:00Z
				X;1;WMS-2;STOCK_ADJUSTED;MAIN;;;
				B;1.5;WMS-1;;;;2;
				""");

		assertThat(parsed.strayRows()).isEmpty();
		assertThat(parsed.events()).extracting(CsvEvent::eventId).containsExactly("WMS-1", "WMS-2");
		var pick = parsed.events().get(0);
		assertThat(pick.lines()).containsExactly(2, 4);
		assertThat(pick.message()).isEqualTo(new WarehouseMessage("WMS-1", "PICK_CONFIRMED", "MAIN",
				Instant.parse("2026-11-27T10:00:00Z"), "web:1", null, null, null, null, null,
				List.of(new WarehouseMessage.Line(1, null, "A", new BigDecimal("2"), null),
						new WarehouseMessage.Line(2, null, "B", new BigDecimal("1.5"), null))));
	}

	@Test
	void contradictionsAndUnreadableValuesKeepTheEventFromBeingSent() {
		var parsed = read("""
				event_id,type,warehouse,line_number,sku,quantity,occurred_at
				WMS-1,PICK_CONFIRMED,MAIN,1,A,two,
				WMS-1,PICK_CONFIRMED,WH-2,x,B,1,yesterday
				,STOCK_ADJUSTED,MAIN,,A,1,
				""");

		assertThat(parsed.strayRows()).containsExactly(new RowProblem(4, "event_id",
				"is missing: the row belongs to no event"));
		var event = parsed.events().get(0);
		assertThat(event.message()).isNull();
		assertThat(event.problems()).extracting(RowProblem::line, RowProblem::column)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "warehouse"),
					org.assertj.core.groups.Tuple.tuple(3, "occurred_at"),
					org.assertj.core.groups.Tuple.tuple(2, "quantity"),
					org.assertj.core.groups.Tuple.tuple(3, "line_number"));
	}

	@Test
	void anUnknownOrMissingColumnRefusesTheFile() {
		assertThatThrownBy(() -> read("event_id,type,warehouse,qty\n")).isInstanceOf(DelimitedText.NotReadable.class)
			.hasMessageContaining("Unknown column 'qty'");
		assertThatThrownBy(() -> read("event_id,type,quantity\n")).hasMessageContaining("no column warehouse");
	}

	@Test
	void aProblemsJsonPathPointsAtTheRowAndColumnOfTheEvent() {
		var event = read("""
				event_id,type,warehouse,order_id,line_number,quantity
				WMS-1,PICK_CONFIRMED,MAIN,web:1,1,1
				WMS-1,PICK_CONFIRMED,MAIN,web:1,2,1
				""").events().get(0);

		assertThat(WarehouseEventFiles.locate(event, new FieldProblem("lines[1].lineNumber", "no such line")))
			.isEqualTo(new RowProblem(3, "line_number", "no such line"));
		assertThat(WarehouseEventFiles.locate(event, new FieldProblem("orderId", "unknown order web:1")))
			.isEqualTo(new RowProblem(2, "order_id", "unknown order web:1"));
		assertThat(WarehouseEventFiles.locate(event, new FieldProblem("lines", "refused")))
			.isEqualTo(new RowProblem(2, null, "refused"));
	}

	private static WarehouseEventCsv.Parsed read(String text) {
		return WarehouseEventCsv.read(text.getBytes(StandardCharsets.UTF_8));
	}
}

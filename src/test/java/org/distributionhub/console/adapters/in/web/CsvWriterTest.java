package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.PublicationStatus;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

	private final StringWriter out = new StringWriter();
	private final CsvWriter csv = new CsvWriter(out);

	@Test
	void plainCellsStayAsTheyAreAndRowsEndInCrLf() {
		csv.row(List.of("a", "b c", ""));
		csv.row(List.of("d"));

		assertThat(out).hasToString("a,b c,\r\nd\r\n");
	}

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
		csv.row(List.of("x,y", "say \"hi\"", "two\nlines", "cr\rhere"));

		assertThat(out).hasToString("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
	}

	@Test
	void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
		assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.cell("-2")).isEqualTo("'-2");
		assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.cell("{\"a\":1}")).isEqualTo("\"{\"\"a\"\":1}\"");
	}

	@Test
	void anEventLogEntryBecomesOneRowInTheHeadersOrder() {
		var id = UUID.fromString("0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b");
		var entry = new EventLogEntryView(id, "org.example.OrderPlaced", "order.listener", PublicationStatus.COMPLETED,
				Instant.parse("2026-02-03T10:15:30Z"), Instant.parse("2026-02-03T10:15:31.250Z"), 2, null,
				"{\"orderId\":\"A-1\",\"note\":\"fragile, \\\"glass\\\"\"}");

		csv.row(EventLogCsv.HEADER);
		csv.row(EventLogCsv.row(entry));

		assertThat(out.toString().split("\r\n")).containsExactly(
				"publication_id,event_type,listener,status,published_at,completed_at,attempts,payload,superseded",
				"0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b,org.example.OrderPlaced,order.listener,COMPLETED,"
						+ "2026-02-03T10:15:30Z,2026-02-03T10:15:31.250Z,2,"
						+ "\"{\"\"orderId\"\":\"\"A-1\"\",\"\"note\"\":\"\"fragile, \\\"\"glass\\\"\"\"\"}\",");
	}

	@Test
	void aPendingEntryHasAnEmptyCompletionTime() {
		var entry = new EventLogEntryView(UUID.randomUUID(), "T", "l", PublicationStatus.PUBLISHED,
				Instant.parse("2026-02-03T10:15:30Z"), null, 0, null, "{}");

		assertThat(EventLogCsv.row(entry)).element(5).isEqualTo("");
	}
}

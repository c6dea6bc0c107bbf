package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.exchange.ports.out.MappingExceptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's lists page through everything and download the whole filtered list as CSV: 600 parked documents
 * of one supplier over twelve pages of 50 and one CSV of 600 rows; the audit trail filtered by actor, action, time
 * and text, on the page and in its CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleListsIT {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	MappingExceptions parked;

	@Autowired
	AdminAudit audit;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void sixHundredParkedDocumentsPageByFiftyAndDownloadAsOneCsvOfSixHundredRows() throws Exception {
		String supplier = "park-" + run;
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		for (int i = 0; i < 600; i++) {
			parked.park(UUID.randomUUID(), 0, supplier, "PO-" + run + "-" + i, "REASON-" + i, start.plusSeconds(i));
		}

		Set<String> seen = new HashSet<>();
		for (int page = 0; page < 12; page++) {
			String html = mvc.perform(get("/console/parked").param("supplier", supplier).param("page", "" + page)
				.with(AUDITOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(
						"%d–%d of 600".formatted(page * 50 + 1, page * 50 + 50))))
				.andExpect(content().string(containsString("Page %d of 12".formatted(page + 1))))
				.andReturn().getResponse().getContentAsString();
			var reasons = Pattern.compile(">REASON-(\\d+)<").matcher(html).results().map(m -> m.group(1)).toList();
			assertThat(reasons).hasSize(50);
			seen.addAll(reasons);
		}
		assertThat(seen).as("every document once over the pages").hasSize(600);
		mvc.perform(get("/console/parked").param("supplier", supplier).param("page", "0").with(AUDITOR))
			.andExpect(content().string(containsString(">REASON-599<")))
			.andExpect(content().string(containsString("/console/purchase-orders/" + supplier + "/PO-" + run + "-599")))
			.andExpect(content().string(containsString("/console/parked.csv?openOnly=true&amp;supplier=" + supplier)));

		var csv = mvc.perform(get("/console/parked.csv").param("supplier", supplier).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"parked-documents-")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = Arrays.asList(csv.split("\r\n"));
		assertThat(lines.get(0)).isEqualTo(String.join(",", ParkedDocumentsController.CSV_HEADER));
		assertThat(lines.subList(1, lines.size())).hasSize(600)
			.allMatch(line -> line.contains("," + supplier + ",PO-" + run + "-"))
			.extracting(line -> line.substring(line.indexOf("REASON-")).split(",")[0])
			.doesNotHaveDuplicates();
		assertThat(lines.get(1)).contains("2026-11-01T00:09:59Z", "REASON-599", ",OPEN,");
	}

	@Test
	void theAuditTrailIsFilteredByActorActionTimeAndTextOnThePageAndInItsCsv() throws Exception {
		String actor = "auditor-" + run;
		audit.record(actor, "REPLAY_PARKED", "parked document of PO-" + run + "-A", "mapping for item added",
				"applied");
		audit.record(actor, "RETRY_POSTING", "erp posting PO:" + run + " #1", "ERP back up", "pending");
		audit.record("someone-else-" + run, "RETRY_POSTING", "erp posting PO:" + run + " #2", "ERP back up",
				"pending");

		mvc.perform(get("/console/audit").param("actor", actor).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1–2 of 2")));
		mvc.perform(get("/console/audit").param("actor", actor).param("action", "RETRY_POSTING").with(AUDITOR))
			.andExpect(content().string(containsString("1–1 of 1")))
			.andExpect(content().string(containsString("erp posting PO:" + run + " #1")));
		mvc.perform(get("/console/audit").param("text", "po-" + run + "-a").with(AUDITOR))
			.andExpect(content().string(containsString("1–1 of 1")))
			.andExpect(content().string(containsString("mapping for item added")));
		mvc.perform(get("/console/audit").param("text", run).param("to", "2000-01-01T00:00").with(AUDITOR))
			.andExpect(content().string(containsString("0 of 0")));
		mvc.perform(get("/console/audit").param("from", "yesterday").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a date and time in UTC like")));

		String csv = mvc.perform(get("/console/audit.csv").param("text", run).param("action", "RETRY_POSTING")
			.with(AUDITOR))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = Arrays.asList(csv.split("\r\n"));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("id,occurred_at,actor,action,target,reason,outcome");
		assertThat(lines.subList(1, 3)).allMatch(line -> line.contains(",RETRY_POSTING,erp posting PO:" + run));
	}

	@Test
	void theOtherListsDownloadAsCsvAndRefuseAFilterTheyCannotRead() throws Exception {
		for (var list : List.of("/console/overdue", "/console/deliveries", "/console/orders", "/console/suppliers",
				"/console/erp", "/console/partner-messages", "/console/audit", "/console/parked")) {
			mvc.perform(get(list).with(AUDITOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Download CSV")));
		}
		assertThat(firstLine("/console/overdue.csv")).isEqualTo(String.join(",", OverdueController.CSV_HEADER));
		assertThat(firstLine("/console/deliveries.csv?status=DEAD_LETTERED"))
			.isEqualTo(String.join(",", ListExportsController.DELIVERIES));
		assertThat(firstLine("/console/erp/parked.csv")).isEqualTo(String.join(",", ListExportsController.POSTINGS));
		assertThat(firstLine("/console/orders.csv?stuck=true")).isEqualTo(String.join(",", ListExportsController.ORDERS));
		mvc.perform(get("/console/orders.csv").param("state", "not a state!").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be an order state")));
		mvc.perform(get("/console/deliveries.csv").param("status", "LOST").with(AUDITOR))
			.andExpect(status().isBadRequest());
	}

	private String firstLine(String path) throws Exception {
		return mvc.perform(get(path).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n")[0];
	}
}

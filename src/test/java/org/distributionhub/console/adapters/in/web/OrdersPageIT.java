package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.distributionhub.order.api.FindOrders;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Orders pages over an in-memory order query: counts by state and age, the filter (also as an htmx fragment),
 * paging, the latest promise changes, one order's lines, held steps and promise history, and text from the OMS
 * shown escaped. Every signed-in role may look.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FakeFindOrders.Beans.class)
class OrdersPageIT {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeFindOrders orders;

	private final Instant now = Instant.now();

	@BeforeEach
	void someOrders() {
		orders.clear();
		orders.add(summary("O-1", "SHIPPED", null, false, Duration.ofDays(8)));
		orders.add(summary("O-2", "BACKORDERED", "inbound PO-4711 due 2026-12-03", false, Duration.ofHours(30)));
		orders.add(summary("O-3", "PICKED", "the pick of SHP-9 before its dispatch", true, Duration.ofMinutes(90)));
	}

	@Test
	void everyRoleSeesCountsOrdersAndPromiseChangesWithTextFromTheOmsEscaped() throws Exception {
		mvc.perform(get("/console/orders").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Orders</a>"), containsString("data-state=\"SHIPPED\""),
					containsString("1 older than 7 days"), containsString("href=\"/console/orders/O-2\""),
					containsString("inbound PO-4711 due 2026-12-03"), containsString("8 d 0 h"),
					containsString("1 h 30 min"), containsString("class=\"flag\""),
					containsString("ACME &lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")),
					containsString("id=\"promise-changes\""), containsString("NO_INBOUND"),
					containsString("2026-12-03"))));
	}

	@Test
	void theFilterAsksForOneStateOrTheStuckOnesAndHtmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/console/orders").param("state", "backordered").param("stuck", "true").with(AUDITOR)
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("id=\"results\""), containsString("O-2"),
					not(containsString("O-3")), not(containsString("<html")))));
		assertThat(orders.lastQuery).isEqualTo("BACKORDERED stuck=true page=0");

		mvc.perform(get("/console/orders").param("stuck", "true").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("O-2"), containsString("O-3"),
					not(containsString("href=\"/console/orders/O-1\"")))));
	}

	@Test
	void aFullPageLinksToTheNextOne() throws Exception {
		IntStream.range(0, 60).forEach(i -> orders.add(summary("P-" + i, "PLACED", null, false, Duration.ofMinutes(i))));

		mvc.perform(get("/console/orders").param("state", "PLACED").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("50 order(s) on this page"),
					containsString("/console/orders?state=PLACED&amp;page=1"))));
		mvc.perform(get("/console/orders").param("state", "PLACED").param("page", "1").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("10 order(s) on this page"),
					containsString("/console/orders?state=PLACED\""), not(containsString("page=2")))));
	}

	@Test
	void aFilterTheConsoleCannotReadIsA400ThatSaysWhy() throws Exception {
		mvc.perform(get("/console/orders").param("state", "<b>").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("&#39;state&#39; must be an order state"),
					containsString("&lt;b&gt;"), not(containsString("<b>")))));
		mvc.perform(get("/console/orders").param("page", "-1").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a whole number from 0")));
	}

	@Test
	void anOrderShowsItsLinesHeldStepsAndPromiseHistory() throws Exception {
		mvc.perform(get("/console/orders/{id}", "O-3").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-id\""), containsString("SO-O-3"),
					containsString("A-1"), containsString("10 EA"), containsString("RESERVED"),
					containsString("REFUSED"), containsString("unknown SKU &lt;B-9&gt;"), containsString("DISPATCH"),
					containsString("its pick is not confirmed"), containsString("class=\"flag\""),
					containsString("Postings of SO:O-3"), containsString("/console/erp?key=SO:O-3"),
					containsString("2026-12-01"), containsString("2026-12-03"))));
		mvc.perform(get("/console/orders/{id}", "NOPE").with(AUDITOR)).andExpect(status().isNotFound());
	}

	private FindOrders.OrderSummary summary(String id, String state, @Nullable String waitingFor, boolean flagged,
			Duration age) {
		return new FindOrders.OrderSummary(id, "web", "SO-" + id,
				id.equals("O-2") ? "ACME <script>alert(1)</script>" : "CUST-" + id, "MAIN", state, now.minus(age),
				now.minus(age).plusSeconds(30), 2, waitingFor == null ? null : LocalDate.parse("2026-12-03"),
				waitingFor, flagged);
	}
}

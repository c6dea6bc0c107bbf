package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

/**
 * Supplier invoices as the three-way match leaves them (written with SQL into the real tables), read over real HTTP:
 * the staff API's list with its filters, one invoice beside its PO and receipts, the accruals as JSON and CSV; the
 * console's list, detail, held queue, accruals and home as an OPERATOR and as an AUDITOR, who may only read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplierInvoicesIT extends SupplierInvoicesOverHttp {

	@Test
	void theApiListsInvoicesNewestFirstAndFiltersThem() throws Exception {
		assertThat(numbers(json("/api/v1/supplier-invoices?supplier=" + fx.supplier, AUDITOR)))
			.containsExactly("INV-4", "INV-3", "CN-1", "INV-2", "INV-5", "INV-1");
		assertThat(numbers(json("/api/v1/supplier-invoices?supplier=" + fx.supplier + "&status=held", OPERATOR)))
			.containsExactly("INV-2");
		assertThat(numbers(json("/api/v1/supplier-invoices?supplier=" + fx.supplier
				+ "&from=2026-11-05&to=2026-11-06", AUDITOR))).containsExactly("INV-3", "CN-1", "INV-2");
		assertThat(numbers(json("/api/v1/supplier-invoices?supplier=" + fx.supplier + "&limit=2", AUDITOR)))
			.containsExactly("INV-4", "INV-3");

		JsonNode credit = json("/api/v1/supplier-invoices?supplier=" + fx.supplier + "&status=APPROVED", AUDITOR)
			.get(1);
		assertThat(credit.get("invoiceNumber").asString()).isEqualTo("CN-1");
		assertThat(credit.get("creditNote").asBoolean()).isTrue();
		assertThat(credit.get("total").decimalValue()).isEqualByComparingTo("-10");

		var wrong = send("GET", "/api/v1/supplier-invoices?status=LOST", AUDITOR, null, null);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrong.body()).contains("status", "must be one of");
		assertThat(send("GET", "/api/v1/supplier-invoices?from=5.11.2026", AUDITOR, null, null).statusCode())
			.isEqualTo(400);
		assertThat(send("GET", "/api/v1/supplier-invoices", null, null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void theApiShowsAnInvoiceLineBesideItsPoLineTheReceiptsAndEarlierInvoices() throws Exception {
		JsonNode held = json("/api/v1/supplier-invoices/" + fx.held, AUDITOR);
		assertThat(held.path("summary").path("status").asString()).isEqualTo("HELD");
		assertThat(held.path("summary").path("holdReasons")).hasSize(2);
		assertThat(held.path("sourceMessageId").asString()).isEqualTo(fx.messageId);
		JsonNode line = held.path("lines").get(0);
		assertThat(line.path("poLineNumber").asString()).isEqualTo("1");
		assertThat(line.path("invoicedQuantity").decimalValue()).isEqualByComparingTo("6");
		assertThat(line.path("invoicedPrice").decimalValue()).isEqualByComparingTo("4.75");
		assertThat(line.path("orderedQuantity").decimalValue()).isEqualByComparingTo("10");
		assertThat(line.path("poPrice").decimalValue()).as("the price the supplier confirmed").isEqualByComparingTo("4.5");
		assertThat(line.path("receivedQuantity").decimalValue()).as("6 named the line, 4 only its SKU")
			.isEqualByComparingTo("10");
		assertThat(line.path("previouslyInvoiced").decimalValue()).as("INV-1, not the rejected INV-3")
			.isEqualByComparingTo("6");
		assertThat(line.path("problems")).hasSize(2);
		assertThat(held.path("charges")).hasSize(2);
		assertThat(held.path("charges").get(0).path("description").asString()).isEqualTo("Freight");

		JsonNode matched = json("/api/v1/supplier-invoices/" + fx.matched, AUDITOR);
		JsonNode second = matched.path("lines").get(1);
		assertThat(second.path("substitute").asString()).isEqualTo("SKU-2B");
		assertThat(second.path("receivedQuantity").decimalValue()).isEqualByComparingTo("5");
		assertThat(second.path("previouslyInvoiced").decimalValue()).as("the credit note subtracts")
			.isEqualByComparingTo("-1");

		JsonNode approved = json("/api/v1/supplier-invoices/" + fx.approved, AUDITOR);
		assertThat(approved.path("decidedBy").asString()).isEqualTo("operator");
		assertThat(approved.path("decisionReason").asString()).isEqualTo("Checked with the buyer");

		var missing = send("GET", "/api/v1/supplier-invoices/987654321", AUDITOR, null, null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("No supplier invoice 987654321");
	}

	@Test
	void theAccrualsAreReceivedNotInvoicedAndInvoicedNotReceivedPerPo() throws Exception {
		JsonNode accruals = json("/api/v1/supplier-invoices/accruals?supplier=" + fx.supplier, AUDITOR);
		assertThat(accruals).as("PO-C is square").hasSize(2);
		JsonNode a = accruals.get(0);
		assertThat(a.path("poNumber").asString()).isEqualTo(fx.poA);
		assertThat(a.path("currency").asString()).isEqualTo("USD");
		assertThat(a.path("receivedValue").decimalValue()).isEqualByComparingTo("95.00");
		assertThat(a.path("invoicedValue").decimalValue()).isEqualByComparingTo("67.00");
		assertThat(a.path("receivedNotInvoiced").decimalValue()).as("4 x 4.50 + 1 x 10.00").isEqualByComparingTo("28.00");
		assertThat(a.path("invoicedNotReceived").decimalValue()).isEqualByComparingTo("0");
		assertThat(a.path("since").asString()).isEqualTo(SupplierInvoiceFixtures.day(1).toString());
		JsonNode b = accruals.get(1);
		assertThat(b.path("poNumber").asString()).isEqualTo(fx.poB);
		assertThat(b.path("receivedNotInvoiced").decimalValue()).isEqualByComparingTo("0");
		assertThat(b.path("invoicedNotReceived").decimalValue()).isEqualByComparingTo("60.00");
		assertThat(b.path("since").asString()).isEqualTo(SupplierInvoiceFixtures.day(6).toString());

		var csv = send("GET", "/api/v1/supplier-invoices/accruals?supplier=" + fx.supplier, AUDITOR, "text/csv", null);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		String[] rows = csv.body().split("\r\n");
		assertThat(rows).hasSize(3);
		assertThat(rows[0]).isEqualTo(String.join(",", AccrualCsv.HEADER));
		assertThat(rows[1]).startsWith(fx.supplier + "," + fx.poA + ",USD,95.00,67.00,28.00,0.00,2026-11-02T08:00:00Z,");
		assertThat(rows[2]).startsWith(fx.supplier + "," + fx.poB + ",USD,0.00,60.00,0.00,60.00,2026-11-07T08:00:00Z,");

		var download = send("GET", "/console/accruals.csv?supplier=" + fx.supplier, AUDITOR, null, null);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("accruals-"));
		assertThat(download.body().split("\r\n")).containsExactly(rows);
	}

	@Test
	void theConsoleListsShowsAndFiltersInvoices() throws Exception {
		Document list = page("/console/invoices?supplier=" + fx.supplier + "&status=HELD", AUDITOR);
		assertThat(list.select("#invoices tbody tr").eachText()).singleElement().asString()
			.contains("INV-2", fx.supplier, fx.poA, "2026-11-05", "HELD", "45.50 USD");
		assertThat(page("/console/invoices?supplier=" + fx.supplier, OPERATOR).select("#invoices tbody tr"))
			.hasSize(6);
		var bad = send("GET", "/console/invoices?from=yesterday", AUDITOR, null, null);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(bad.body()).select(".alert.error").text()).contains("from");

		Document detail = page("/console/invoices/" + fx.held, AUDITOR);
		assertThat(detail.select("h1").text()).isEqualTo("Invoice INV-2 HELD");
		assertThat(detail.select("#lines tbody tr").eachText()).singleElement().asString()
			.startsWith("1 1 SKU-1 6 EA 4.75 28.5 10 4.5 — 10 6 price 4.75 is above the PO price 4.50");
		assertThat(detail.select("#lines tbody tr.problem")).hasSize(1);
		assertThat(detail.select("#lines td.mismatch").eachText()).containsExactly("6 EA", "4.75");
		assertThat(detail.select("#charges tbody tr").eachText()).containsExactly("CHARGE Freight 12.00",
				"TAX Sales tax 5.00");
		assertThat(detail.select("#hold-reasons li")).hasSize(2);
		assertThat(detail.select("#message-link").attr("href")).isEqualTo("/console/partner-messages/" + fx.messageId);

		Document decided = page("/console/invoices/" + fx.approved, AUDITOR);
		assertThat(decided.select("#decided-by").text()).isEqualTo("operator");
		assertThat(decided.select("#decision-reason").text()).isEqualTo("Checked with the buyer");
		assertThat(send("GET", "/console/invoices/987654321", AUDITOR, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theHeldQueueOffersDecisionsToOperatorsOnlyAndTheHomeShowsTheIncident() throws Exception {
		Document asOperator = page("/console/invoices/held", OPERATOR);
		var section = asOperator.select("#held-" + fx.held);
		assertThat(section.select(".at-stake").text()).isEqualTo("45.50 USD");
		assertThat(section.select(".reasons li")).hasSize(2);
		assertThat(section.select("form.approve").attr("action")).isEqualTo("/console/invoices/" + fx.held + "/approve");
		assertThat(section.select("form.approve").attr("data-confirm")).startsWith("Approve invoice INV-2");
		assertThat(section.select("form.approve input[name=reason]").hasAttr("required")).isTrue();
		assertThat(section.select("form.reject input[name=_csrf]")).hasSize(1);
		assertThat(asOperator.select("nav a[href=/console/invoices/held]")).hasSize(1);

		Document asAuditor = page("/console/invoices/held", AUDITOR);
		assertThat(asAuditor.select("#held-" + fx.held + " .reasons li")).hasSize(2);
		assertThat(asAuditor.select("#held-" + fx.held + " form")).isEmpty();
		assertThat(http.form("/console/invoices/held", "/console/invoices/" + fx.held + "/approve", AUDITOR, "ok")
			.statusCode()).as("an AUDITOR reads only").isEqualTo(403);
		assertThat(send("POST", "/api/v1/supplier-invoices/" + fx.held + "/approve", AUDITOR, null,
				"{\"reason\":\"ok\"}").statusCode()).isEqualTo(403);

		JsonNode incidents = json("/api/v1/operations/incidents?area=SUPPLIER_INVOICES", AUDITOR);
		JsonNode incident = null;
		for (JsonNode it : incidents) {
			if (it.path("businessKey").asString().equals(fx.supplier + " INV-2")) {
				incident = it;
			}
		}
		assertThat(incident).as(incidents.toString()).isNotNull();
		assertThat(incident.path("kind").asString()).isEqualTo("SUPPLIER_INVOICE_HELD");
		assertThat(incident.path("summary").asString()).contains("USD 45.50 at stake", "price 4.75");
		assertThat(incident.path("since").asString()).isEqualTo(SupplierInvoiceFixtures.day(4).toString());
		assertThat(incident.path("link").asString()).isEqualTo("/console/invoices/held");
		Document home = page("/console", AUDITOR);
		assertThat(home.select("#tile-SUPPLIER_INVOICES").text()).contains("Supplier invoices")
			.containsPattern("\\d+ supplier invoices? held");
	}

	@Test
	void theAccrualsPageShowsEachPoWithADifference() throws Exception {
		Document accruals = page("/console/accruals?supplier=" + fx.supplier, AUDITOR);
		List<String> rows = accruals.select("#accruals tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith(fx.supplier + " " + fx.poA + " 95.00 USD 67.00 USD 28.00 USD 0.00 USD");
		assertThat(rows.get(1)).startsWith(fx.supplier + " " + fx.poB + " 0.00 USD 60.00 USD 0.00 USD 60.00 USD");
		assertThat(accruals.select("#download-csv").attr("href")).isEqualTo("/console/accruals.csv?supplier=" + fx.supplier);
	}

	private JsonNode json(String path, String auth) throws IOException, InterruptedException {
		return http.json(path, auth);
	}

	private Document page(String path, String auth) throws IOException, InterruptedException {
		return http.page(path, auth);
	}

	private HttpResponse<String> send(String method, String path, @Nullable String auth, @Nullable String accept,
			@Nullable String body) throws IOException, InterruptedException {
		return http.send(method, path, auth, accept, body);
	}

	static List<String> numbers(JsonNode invoices) {
		var numbers = new ArrayList<String>();
		invoices.forEach(invoice -> numbers.add(invoice.path("invoiceNumber").asString()));
		return numbers;
	}
}

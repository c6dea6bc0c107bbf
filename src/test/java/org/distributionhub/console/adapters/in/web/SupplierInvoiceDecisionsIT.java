package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;

import org.distributionhub.platform.api.StaffRole;
import org.distributionhub.supplier.api.DecideSupplierInvoices;
import org.distributionhub.supplier.api.DecideSupplierInvoices.InvoiceDecisionRefused;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import tools.jackson.databind.JsonNode;

/**
 * How the staff API and the held queue hand a decision to Supplier and answer what it says: the caller's name and
 * role, the reason, 200 with the new status, 409 when the invoice is no longer held, 422 when the decision is
 * refused or has no reason; in the console a redirect back to the queue with what happened.
 * <p>
 * DecideSupplierInvoices is implemented by the three-way match on another branch: this class alone replaces it by a
 * Mockito bean. The integrator replaces the mock by the real bean after merging (and asserts on the stored decision).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplierInvoiceDecisionsIT extends SupplierInvoicesOverHttp {

	/** Replaced by the real DecideSupplierInvoices once the three-way match is merged. */
	@MockitoBean
	DecideSupplierInvoices decide;

	@Test
	void theApiApprovesAndRejectsWithTheCallersNameRoleAndReason() throws Exception {
		when(decide.approve(fx.held, "Price rise agreed", "operator", StaffRole.OPERATOR))
			.thenReturn(InvoiceStatus.APPROVED);
		var approved = http.send("POST", "/api/v1/supplier-invoices/" + fx.held + "/approve", OPERATOR, null,
				"{\"reason\":\"  Price rise agreed \"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		JsonNode body = StaffHttp.JSON.readTree(approved.body());
		assertThat(body.path("id").asLong()).isEqualTo(fx.held);
		assertThat(body.path("status").asString()).isEqualTo("APPROVED");

		when(decide.reject(fx.held, "Never delivered", "admin")).thenReturn(InvoiceStatus.REJECTED);
		var rejected = http.send("POST", "/api/v1/supplier-invoices/" + fx.held + "/reject", ADMIN, null,
				"{\"reason\":\"Never delivered\"}");
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(StaffHttp.JSON.readTree(rejected.body()).path("status").asString()).isEqualTo("REJECTED");
	}

	@Test
	void theApiAnswersRefusalsAsProblems() throws Exception {
		var noReason = http.send("POST", "/api/v1/supplier-invoices/" + fx.held + "/approve", OPERATOR, null,
				"{\"reason\":\" \"}");
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("$.reason", "needs a reason");
		verify(decide, never()).approve(anyLong(), anyString(), anyString(), org.mockito.ArgumentMatchers.any());

		when(decide.approve(fx.held, "Fine", "operator", StaffRole.OPERATOR))
			.thenThrow(new InvoiceDecisionRefused("45.50 USD is above the OPERATOR approval limit of 10.00 USD"));
		var overLimit = http.send("POST", "/api/v1/supplier-invoices/" + fx.held + "/approve", OPERATOR, null,
				"{\"reason\":\"Fine\"}");
		assertThat(overLimit.statusCode()).isEqualTo(422);
		assertThat(overLimit.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(overLimit.body()).contains("above the OPERATOR approval limit");

		when(decide.reject(fx.matched, "Late", "operator")).thenThrow(new InvoiceDecisionRefused("INV-1 is not held"));
		var notHeld = http.send("POST", "/api/v1/supplier-invoices/" + fx.matched + "/reject", OPERATOR, null,
				"{\"reason\":\"Late\"}");
		assertThat(notHeld.statusCode()).isEqualTo(409);
		assertThat(notHeld.body()).contains("INV-1 is not held");

		assertThat(http.send("POST", "/api/v1/supplier-invoices/987654321/approve", OPERATOR, null, "{\"reason\":\"x\"}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theHeldQueueDecidesAndSaysWhatHappened() throws Exception {
		when(decide.approve(fx.held, "Agreed by phone", "operator", StaffRole.OPERATOR))
			.thenReturn(InvoiceStatus.APPROVED);
		Document queue = after(post("/console/invoices/" + fx.held + "/approve", OPERATOR, "Agreed by phone"), OPERATOR);
		assertThat(queue.select(".alert.success").text())
			.isEqualTo("Invoice INV-2 of supplier " + fx.supplier + " approved: APPROVED");

		when(decide.reject(fx.held, "Wrong price", "operator"))
			.thenThrow(new InvoiceDecisionRefused("it was approved meanwhile"));
		queue = after(post("/console/invoices/" + fx.held + "/reject", OPERATOR, "Wrong price"), OPERATOR);
		assertThat(queue.select(".alert.error").text())
			.isEqualTo("Invoice INV-2 of supplier " + fx.supplier + " was not rejected: it was approved meanwhile");

		queue = after(post("/console/invoices/" + fx.held + "/reject", OPERATOR, ""), OPERATOR);
		assertThat(queue.select(".alert.error").text()).isEqualTo("Rejecting an invoice needs a reason");
		verify(decide, never()).reject(fx.held, "", "operator");
	}

	private HttpResponse<String> post(String path, String auth, String reason) throws Exception {
		var response = http.form("/console/invoices/held", path, auth, reason);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/console/invoices/held"));
		return response;
	}

	private Document after(HttpResponse<String> redirect, String auth) throws Exception {
		return http.page("/console/invoices/held", auth);
	}
}

package org.distributionhub.supplier.procurement.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purchase order API over real HTTP: the same new order posted by several clients at once is taken in once; the
 * others hear that it is known or, if they lost the race for the insert, a 409 in the problem contract — never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PurchaseOrderApiIT {

	private static final String OPERATOR = "Basic "
			+ Base64.getEncoder().encodeToString("operator:operator-secret-for-tests".getBytes());

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSameNewOrderPostedAtOnceIsTakenInOnceAndNoCallerGetsA500() throws Exception {
		String supplier = "race-" + UUID.randomUUID().toString().substring(0, 8);
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Race " + supplier, List.of("CSV"), "CSV", null, null, "48h",
						"CANCEL", Map.of(), true),
				"test", "set up for a test"));
		String body = """
				{"supplierId": "%s", "poNumber": "PO-RACE", "revision": 1, "orderDate": "2026-12-01",
				 "shipTo": "MAIN", "currency": "EUR", "lines": [{"lineNumber": "1", "sku": "SKU-1",
				 "quantity": 10, "unit": "EA", "unitPrice": 2.5, "requestedDate": "2026-12-20"}]}
				""".formatted(supplier);
		int clients = 8;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/purchase-orders"))
					.header("Content-Type", "application/json")
					.header("Authorization", OPERATOR)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			}));
		}
		start.countDown();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			responses.add(answer.get());
		}
		pool.shutdown();

		assertThat(responses).extracting(HttpResponse::statusCode).isSubsetOf(201, 200, 409);
		assertThat(responses).filteredOn(it -> it.statusCode() == 201).hasSize(1);
		assertThat(responses).filteredOn(it -> it.statusCode() == 409).allSatisfy(it -> {
			assertThat(it.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(it.body()).contains("https://distributionhub.org/problems/concurrent-change");
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE supplier_id = ? AND po_number = 'PO-RACE'")
			.param(supplier)
			.query(Long.class)
			.single()).isEqualTo(1);
	}
}

package org.distributionhub.order.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.distributionhub.order.OrderEventRecorder;
import org.distributionhub.order.events.OrderCancelled;
import org.distributionhub.order.events.OrderChanged;
import org.distributionhub.order.events.OrderPlaced;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The order intake API as the OMS uses it, security included: place (201, then 200 for the same order, 409 for other
 * content), change, cancel, read, and the problems a bad request gets, with the events each step publishes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(OrderEventRecorder.class)
class OrderApiIT {

	private static final String ORDERS = "/api/v1/orders";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrderEventRecorder events;

	private final String externalId = "E-" + UUID.randomUUID().toString().substring(0, 8);
	private final String orderId = "web:" + externalId;

	@Test
	void aPlacedOrderIsCreatedOnceAndAnnouncedOnce() throws Exception {
		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", ORDERS + "/" + orderId))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.orderId").value(orderId))
			.andExpect(jsonPath("$.state").value("PLACED"))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.invoicing").value("PER_ORDER"))
			.andExpect(jsonPath("$.waitingFor").value("allocation"))
			.andExpect(jsonPath("$.lines[0].lineNumber").value(1))
			.andExpect(jsonPath("$.lines[0].ordered").value(5))
			.andExpect(jsonPath("$.lines[0].unit").value("EA"))
			.andExpect(jsonPath("$.lines[0].unitPrice").value("12.50"))
			.andExpect(jsonPath("$.lines[0].allocation").value("PENDING"))
			.andExpect(jsonPath("$.lines[1].ordered").value(10));

		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orderId").value(orderId))
			.andExpect(jsonPath("$.revision").value(1));

		var placed = events.of(OrderPlaced.class, it -> it.orderId().equals(orderId));
		assertThat(placed).singleElement().satisfies(it -> {
			assertThat(it.channel()).isEqualTo("web");
			assertThat(it.externalOrderId()).isEqualTo(externalId);
			assertThat(it.customer()).isEqualTo("C-42");
			assertThat(it.warehouse()).isEqualTo("MAIN");
			assertThat(it.revision()).isEqualTo(1);
			assertThat(it.lines()).hasSize(2);
			assertThat(it.lines().get(0).quantity()).isEqualTo(Quantity.of(5, UnitOfMeasure.EACH));
			assertThat(it.lines().get(0).unitPrice()).isEqualTo(Money.of("12.50", "EUR"));
		});
	}

	@Test
	void theSameOrderPostedAtOnceFromSeveralThreadsIsCreatedOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			statuses.add(threads.submit(() -> mvc.perform(operator(post(ORDERS)).content(order(5, "12.50")))
				.andReturn()
				.getResponse()
				.getStatus()));
		}
		threads.shutdown();
		List<Integer> answered = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			answered.add(status.get(30, TimeUnit.SECONDS));
		}

		assertThat(answered).containsOnly(201, 200).filteredOn(it -> it == 201).hasSize(1);
		assertThat(events.of(OrderPlaced.class, it -> it.orderId().equals(orderId))).hasSize(1);
	}

	@Test
	void aChangeThatNamesNoInvoicingKeepsTheOrdersPolicy() throws Exception {
		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50").replace("\"warehouse\"",
				"\"invoicing\":\"PER_SHIPMENT\",\"warehouse\""))).andExpect(status().isCreated());

		mvc.perform(operator(put(ORDERS + "/" + orderId)).content(order(6, "12.50")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invoicing").value("PER_SHIPMENT"))
			.andExpect(jsonPath("$.lines[0].ordered").value(6));
	}

	@Test
	void otherContentUnderTheSameIdsIsAConflictPointingToPut() throws Exception {
		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50"))).andExpect(status().isCreated());

		mvc.perform(operator(post(ORDERS)).content(order(6, "12.50")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("PUT /api/v1/orders/" + orderId)));
		assertThat(events.of(OrderPlaced.class, it -> it.orderId().equals(orderId))).hasSize(1);
	}

	@Test
	void aChangeIsAnnouncedWithTheNextRevisionAndTheSameChangeAgainIsNot() throws Exception {
		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50"))).andExpect(status().isCreated());

		mvc.perform(operator(put(ORDERS + "/" + orderId)).content(order(7, "12.50")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.lines[0].ordered").value(7));
		mvc.perform(operator(put(ORDERS + "/" + orderId)).content(order(7, "12.50")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2));

		assertThat(events.of(OrderChanged.class, it -> it.orderId().equals(orderId))).singleElement()
			.satisfies(it -> {
				assertThat(it.revision()).isEqualTo(2);
				assertThat(it.lines()).extracting(line -> line.quantity().amount().intValue()).containsExactly(7, 10);
			});
	}

	@Test
	void aCancellationIsAnnouncedOnceAndACancelledOrderRefusesChanges() throws Exception {
		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50"))).andExpect(status().isCreated());

		mvc.perform(operator(post(ORDERS + "/" + orderId + "/cancellation"))
			.content("{\"reason\":\"customer changed mind\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("customer changed mind"))
			.andExpect(jsonPath("$.lines[0].allocation").value("CANCELLED"));
		mvc.perform(operator(post(ORDERS + "/" + orderId + "/cancellation")).content("{\"reason\":\"again\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancelReason").value("customer changed mind"));
		mvc.perform(operator(put(ORDERS + "/" + orderId)).content(order(7, "12.50")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Order " + orderId + " is cancelled; it cannot change"));

		assertThat(events.of(OrderCancelled.class, it -> it.orderId().equals(orderId))).singleElement()
			.satisfies(it -> {
				assertThat(it.revision()).isEqualTo(2);
				assertThat(it.reason()).isEqualTo("customer changed mind");
				assertThat(it.warehouse()).isEqualTo("MAIN");
			});
	}

	@Test
	void anyStaffRoleReadsAnOrderAndAnUnknownOneIsNotFound() throws Exception {
		mvc.perform(operator(post(ORDERS)).content(order(5, "12.50"))).andExpect(status().isCreated());

		mvc.perform(get(ORDERS + "/" + orderId).with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customer").value("C-42"))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.heldSteps.length()").value(0))
			.andExpect(jsonPath("$.shipments.length()").value(0));
		mvc.perform(get(ORDERS + "/web:NOPE-" + externalId).with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(operator(put(ORDERS + "/web:NOPE-" + externalId)).content(order(5, "12.50")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.externalOrderId")));
	}

	@Test
	void anAuditorMayNotPlaceOrdersAndNobodyAnonymous() throws Exception {
		mvc.perform(post(ORDERS).with(httpBasic("auditor", "auditor-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(order(5, "12.50"))).andExpect(status().isForbidden());
		mvc.perform(post(ORDERS).contentType(MediaType.APPLICATION_JSON).content(order(5, "12.50")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void missingFieldsAndBadQuantitiesAndUnitsAreNamedByTheirPath() throws Exception {
		mvc.perform(operator(post(ORDERS)).content("""
				{"channel":"web","externalOrderId":"%s","warehouse":"MAIN","lines":[
				  {"lineNumber":1,"sku":"SKU-1","quantity":0,"unit":"EA"},
				  {"lineNumber":2,"sku":"SKU-2","quantity":-3,"unit":"EACH!"},
				  {"lineNumber":3,"quantity":1,"unit":"EA"}]}""".formatted(externalId)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.customer")))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[0].quantity")))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[1].quantity")))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[1].unit")))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[2].sku")));
		assertThat(events.of(OrderPlaced.class, it -> it.orderId().equals(orderId))).isEmpty();
	}

	@Test
	void duplicateLineNumbersAPriceWithoutCurrencyAndTooManyLinesAreRefused() throws Exception {
		mvc.perform(operator(post(ORDERS)).content("""
				{"channel":"web","externalOrderId":"%s","customer":"C-42","warehouse":"MAIN","lines":[
				  {"lineNumber":1,"sku":"SKU-1","quantity":1,"unit":"EA","unitPrice":"2.50"},
				  {"lineNumber":1,"sku":"SKU-2","quantity":1,"unit":"EA"},
				  {"lineNumber":2,"sku":"SKU-3","quantity":1,"unit":"EA","unitPrice":"2.505","currency":"EUR"}]}"""
			.formatted(externalId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[0].currency")))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[1].lineNumber")))
			.andExpect(jsonPath("$.errors[*].path").value(hasItem("$.lines[2].unitPrice")));

		var lines = new StringBuilder();
		for (int i = 1; i <= 501; i++) {
			lines.append(i == 1 ? "" : ",").append("{\"lineNumber\":").append(i)
				.append(",\"sku\":\"SKU-1\",\"quantity\":1,\"unit\":\"EA\"}");
		}
		mvc.perform(operator(post(ORDERS)).content("""
				{"channel":"web","externalOrderId":"%s","customer":"C-42","warehouse":"MAIN","lines":[%s]}"""
			.formatted(externalId, lines)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.lines"))
			.andExpect(jsonPath("$.errors[0].message").value("holds 501 lines; an order has at most 500"));
	}

	@Test
	void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
		mvc.perform(operator(post(ORDERS)).content("""
				{"channel":"web","externalOrderId":"%s","customer":"C-42","warehouse":"MAIN","lines":[
				  {"lineNumber":1,"sku":"SKU-1","quantity":"many","unit":"EA"}]}""".formatted(externalId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.lines[0].quantity"));
	}

	private static MockHttpServletRequestBuilder operator(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("operator", "operator-secret-for-tests")).contentType(MediaType.APPLICATION_JSON);
	}

	private String order(int firstQuantity, String price) {
		return """
				{"channel":"web","externalOrderId":"%s","customer":"C-42","warehouse":"MAIN","lines":[
				  {"lineNumber":1,"sku":"SKU-1","quantity":%d,"unit":"EA","unitPrice":"%s","currency":"EUR"},
				  {"lineNumber":2,"sku":"SKU-2","quantity":10,"unit":"EA"}]}""".formatted(externalId, firstQuantity,
				price);
	}
}

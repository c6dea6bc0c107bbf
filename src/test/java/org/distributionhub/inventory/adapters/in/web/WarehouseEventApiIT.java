package org.distributionhub.inventory.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.AllocateOrders.AllocateOrderCommand;
import org.distributionhub.inventory.ports.in.FindStockPositions;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.MoveStock.Movement;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.order.events.ShipmentDispatched;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The warehouse channel through the staff API chain, on real positions and expected inbound: what a WMS is
 * answered, what moves, what is published and what is refused with which path.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class WarehouseEventApiIT {

	static final String PATH = "/api/v1/warehouse/events";
	static final RequestPostProcessor WMS = httpBasic("operator", "operator-secret-for-tests");
	static final int THREADS = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	MoveStock stock;

	@Autowired
	AllocateOrders allocation;

	@Autowired
	FindStockPositions positions;

	@Autowired
	RecordPurchaseOrderLines purchaseOrders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final Sku widget = new Sku("WH-W-" + run);
	private final Sku gadget = new Sku("WH-G-" + run);
	private final String order = "web:" + run;

	@BeforeEach
	void stockAndAnOrderInMain() {
		var flow = CorrelationId.random();
		stock.receive(flow, "MAIN", List.of(new Movement(widget, ea(10)), new Movement(gadget, ea(4))));
		allocation.allocate(new AllocateOrderCommand(flow, order, "MAIN", 1,
				List.of(new AllocateOrderCommand.Line(1, widget, ea(2)), new AllocateOrderCommand.Line(2, gadget, ea(1)))));
		events.clear();
	}

	@Test
	void aPickIsAcceptedPublishedAndStoredAndTheSameEventAgainIsADuplicate() throws Exception {
		String pick = """
				{"eventId":"%s","type":"PICK_CONFIRMED","warehouse":"MAIN","occurredAt":"2026-11-27T10:00:00Z",
				 "orderId":"%s","lines":[{"lineNumber":1,"sku":"%s","quantity":2},{"lineNumber":2,"quantity":1}]}"""
			.formatted(id("PICK"), order, widget);

		send(pick).andExpect(status().isAccepted())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.eventId").value(id("PICK")))
			.andExpect(jsonPath("$.type").value("PICK_CONFIRMED"))
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.duplicate").value(false));
		send(pick.replace("\"quantity\":2", "\"quantity\":2.0")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.duplicate").value(true));

		assertThat(events.stream(PickConfirmed.class)).singleElement().satisfies(it -> {
			assertThat(it.orderId()).isEqualTo(order);
			assertThat(it.lines()).extracting(PickConfirmed.PickedLine::sku).containsExactly(widget, gadget);
		});
		assertThat(jdbc.sql("SELECT type, status, channel FROM warehouse_event WHERE event_id = ?")
			.param(id("PICK"))
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
			.single()).isEqualTo("PICK_CONFIRMED/APPLIED/API");
		assertThat(onHand(widget)).as("a pick moves no stock").isEqualByComparingTo("10");
	}

	@Test
	void theSameEventIdWithOtherContentIsAConflictProblem() throws Exception {
		String adjust = """
				{"eventId":"%s","type":"STOCK_ADJUSTED","warehouse":"MAIN","reason":"count",
				 "lines":[{"sku":"%s","quantity":-3}]}""".formatted(id("ADJ"), widget);
		send(adjust).andExpect(status().isAccepted());

		send(adjust.replace("-3", "-4")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.eventId").value(id("ADJ")));

		assertThat(onHand(widget)).isEqualByComparingTo("7");
		assertThat(events.stream(StockAdjusted.class)).singleElement().satisfies(it -> {
			assertThat(it.change()).isEqualByComparingTo("-3");
			assertThat(it.source()).isEqualTo("WAREHOUSE_EVENT");
			assertThat(it.reference()).isEqualTo(id("ADJ"));
		});
	}

	@Test
	void aDispatchBeforeItsPickIsAcceptedAndTakesTheGoodsOff() throws Exception {
		send("""
				{"eventId":"%s","type":"SHIPMENT_DISPATCHED","warehouse":"MAIN","orderId":"%s","shipmentId":"SHP-1",
				 "carrier":"UPS","trackingNumber":"1Z999","lines":[{"lineNumber":1,"quantity":2,"unit":"ea"}]}"""
			.formatted(id("DSP"), order)).andExpect(status().isAccepted());

		assertThat(onHand(widget)).isEqualByComparingTo("8");
		assertThat(events.stream(ShipmentDispatched.class)).singleElement().satisfies(it -> {
			assertThat(it.shipmentId()).isEqualTo("SHP-1");
			assertThat(it.trackingNumber()).isEqualTo("1Z999");
		});
	}

	@Test
	void unknownOrderLineSkuAndWarehouseAreRefusedWithTheirPaths() throws Exception {
		refused("""
				{"eventId":"%s","type":"PICK_CONFIRMED","warehouse":"MAIN","orderId":"web:nobody",
				 "lines":[{"lineNumber":1,"quantity":1}]}""".formatted(id("U1")), "orderId");
		refused("""
				{"eventId":"%s","type":"PICK_CONFIRMED","warehouse":"MAIN","orderId":"%s",
				 "lines":[{"lineNumber":1,"quantity":1},{"lineNumber":9,"quantity":1}]}""".formatted(id("U2"), order),
				"lines[1].lineNumber");
		refused("""
				{"eventId":"%s","type":"STOCK_ADJUSTED","warehouse":"MAIN",
				 "lines":[{"sku":"NEVER-%s","quantity":1}]}""".formatted(id("U3"), run), "lines[0].sku");
		refused("""
				{"eventId":"%s","type":"GOODS_RECEIVED","warehouse":"NOWHERE",
				 "lines":[{"sku":"%s","quantity":1}]}""".formatted(id("U4"), widget), "warehouse");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM warehouse_event WHERE event_id LIKE ?")
			.param(run + "-U%")
			.query(Integer.class)
			.single()).as("refused messages are not kept: corrected, they may come again").isZero();
		assertThat(events.stream(PickConfirmed.class)).isEmpty();
	}

	@Test
	void zeroOrNegativeQuantitiesAndMissingFieldsAreRefusedWithTheirPaths() throws Exception {
		invalid("""
				{"eventId":"%s","type":"GOODS_RECEIVED","warehouse":"MAIN",
				 "lines":[{"sku":"%s","quantity":0},{"sku":"%s","quantity":-2}]}""".formatted(id("Q1"), widget, widget),
				"lines[0].quantity", "lines[1].quantity");
		invalid("""
				{"eventId":"%s","type":"STOCK_ADJUSTED","warehouse":"MAIN","lines":[{"sku":"%s","quantity":0}]}"""
			.formatted(id("Q2"), widget), "lines[0].quantity");
		invalid("""
				{"type":"SHIPMENT_DISPATCHED","warehouse":"MAIN","lines":[{"lineNumber":0}]}""", "eventId",
				"lines[0].lineNumber", "lines[0].quantity");
		invalid("""
				{"eventId":"%s","type":"SHIPMENT_DISPATCHED","warehouse":"MAIN","lines":[{"lineNumber":1,"quantity":1}]}"""
			.formatted(id("Q3")), "orderId", "shipmentId");
		invalid("""
				{"eventId":"%s","type":"PICKED","warehouse":"MAIN","lines":[{"lineNumber":1,"quantity":"lots"}]}"""
			.formatted(id("Q4")), "lines[0].quantity");
		invalid("""
				{"eventId":"%s","type":"PICKED","warehouse":"MAIN","lines":[{"lineNumber":1,"quantity":1}]}"""
			.formatted(id("Q5")), "type");
		mvc.perform(request().content("{\"eventId\": ")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aReceiptNamingAPurchaseOrderClosesItsExpectedInbound() throws Exception {
		String po = "PO-" + run;
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(CorrelationId.random(), "ACME", po, 1, "MAIN",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", widget, ea(100), LocalDate.of(2027, 5, 4)),
						new RecordPurchaseOrderLinesCommand.Line("2", gadget, ea(20), LocalDate.of(2027, 5, 11)))));
		events.clear();

		send("""
				{"eventId":"%s","type":"GOODS_RECEIVED","warehouse":"MAIN","poNumber":"%s",
				 "lines":[{"poLineNumber":"1","sku":"%s","quantity":60},{"sku":"%s","quantity":20}]}"""
			.formatted(id("GR"), po, widget, gadget)).andExpect(status().isAccepted());

		mvc.perform(get("/api/v1/inventory/expected-inbound").with(WMS).param("sku", widget.code()).param("location",
				"MAIN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locations[0].totals[0].total").value(40))
			.andExpect(jsonPath("$.locations[0].byDate[0].date").value("2027-05-04"));
		mvc.perform(get("/api/v1/inventory/expected-inbound").with(WMS).param("sku", gadget.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locations.length()").value(0));
		assertThat(onHand(widget)).isEqualByComparingTo("70");
		assertThat(events.stream(InboundExpectationChanged.class)).extracting(InboundExpectationChanged::cause)
			.containsExactly("RECEIVED", "RECEIVED");
		assertThat(events.stream(GoodsReceived.class)).singleElement()
			.satisfies(it -> assertThat(it.lines()).extracting(GoodsReceived.Line::poLineNumber)
				.containsExactly("1", "2"));
	}

	@Test
	void theSameEventSentAtOnceByManyIsAppliedOnce() throws Exception {
		String adjust = """
				{"eventId":"%s","type":"STOCK_ADJUSTED","warehouse":"MAIN","lines":[{"sku":"%s","quantity":1}]}"""
			.formatted(id("RACE"), widget);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (int i = 0; i < THREADS; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return send(adjust).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			var statuses = new java.util.ArrayList<Integer>();
			for (var answer : answers) {
				statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(202, 200).filteredOn(it -> it == 202).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(onHand(widget)).isEqualByComparingTo("11");
	}

	@Test
	void onlyAdminsAndOperatorsMaySendWarehouseEvents() throws Exception {
		String body = """
				{"eventId":"%s","type":"STOCK_ADJUSTED","warehouse":"MAIN","lines":[{"sku":"%s","quantity":1}]}"""
			.formatted(id("SEC"), widget);
		mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post(PATH).with(httpBasic("auditor", "auditor-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		assertThat(onHand(widget)).isEqualByComparingTo("10");
	}

	private String id(String kind) {
		return run + "-" + kind;
	}

	private ResultActions send(String body) throws Exception {
		return mvc.perform(request().content(body));
	}

	private MockHttpServletRequestBuilder request() {
		return post(PATH).with(WMS).contentType(MediaType.APPLICATION_JSON);
	}

	/** Names what is not known or breaks a rule: 422. */
	private void refused(String body, String... paths) throws Exception {
		send(body).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].path").value(containsInAnyOrder(rooted(paths))));
	}

	/** Values invalid on their own: 400. */
	private void invalid(String body, String... paths) throws Exception {
		send(body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].path").value(containsInAnyOrder(rooted(paths))));
	}

	private static Object[] rooted(String... paths) {
		return java.util.Arrays.stream(paths).map(path -> "$." + path).toArray();
	}

	private BigDecimal onHand(Sku sku) {
		return positions.find(sku, "MAIN").get(0).onHand();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

package org.distributionhub.inventory.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.FindStockPositions;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.MoveStock.Movement;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Inventory feeds through the staff API chain on real positions: full and delta feeds in CSV and JSON, bad rows
 * reported by column, the size and media type limits, and the runs recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InventoryFeedApiIT {

	static final String PATH = "/api/v1/inventory/feeds";
	static final RequestPostProcessor WMS = httpBasic("operator", "operator-secret-for-tests");

	@Autowired
	MockMvc mvc;

	@Autowired
	MoveStock stock;

	@Autowired
	FindStockPositions positions;

	@Autowired
	ApplicationEvents events;

	/** Full feeds zero whatever their warehouse stocks beyond them: they go to DC-WEST, where no other test keeps stock. */
	static final String FULL_FEEDS = "DC-WEST";

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final Sku a = new Sku("FD-A-" + run);
	private final Sku b = new Sku("FD-B-" + run);
	private final Sku c = new Sku("FD-C-" + run);

	@BeforeEach
	void stockInMain() {
		stock.receive(CorrelationId.random(), "MAIN", List.of(new Movement(a, ea(10)), new Movement(b, ea(5)),
				new Movement(c, ea(3))));
		events.clear();
	}

	@Test
	void aDeltaCsvStatesOnHandOfItsRowsAndReportsBadRowsByColumn() throws Exception {
		String csv = "\uFEFFsku ;qty ;unit \n%s;12;EA\n%s;-1;\n;4;\n%s;x;\n%s;5;\n".formatted(a, b, c, b);

		mvc.perform(post(PATH).with(WMS).param("warehouse", "MAIN").param("mode", "DELTA")
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("DELTA"))
			.andExpect(jsonPath("$.warehouse").value("MAIN"))
			.andExpect(jsonPath("$.applied").value(1))
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.zeroed").value(0))
			.andExpect(jsonPath("$.rejected.length()").value(3))
			.andExpect(jsonPath("$.rejected[0].row").value(3))
			.andExpect(jsonPath("$.rejected[0].column").value("quantity"))
			.andExpect(jsonPath("$.rejected[1].row").value(4))
			.andExpect(jsonPath("$.rejected[1].column").value("sku"))
			.andExpect(jsonPath("$.rejected[2].row").value(5))
			.andExpect(jsonPath("$.rejected[2].column").value("quantity"));

		assertThat(onHand(a)).isEqualByComparingTo("12");
		assertThat(onHand(c)).isEqualByComparingTo("3");
		assertThat(events.stream(StockAdjusted.class)).singleElement().satisfies(it -> {
			assertThat(it.sku()).isEqualTo(a);
			assertThat(it.change()).isEqualByComparingTo("2");
			assertThat(it.source()).isEqualTo("FEED_DELTA");
			assertThat(it.reference()).endsWith("#2");
		});
	}

	@Test
	void aFullFeedZeroesWhatItDoesNotListUnlessARowWasBad() throws Exception {
		stock.receive(CorrelationId.random(), FULL_FEEDS, List.of(new Movement(a, ea(10)), new Movement(b, ea(5)),
				new Movement(c, ea(3))));
		events.clear();
		String withBadRow = "sku\tquantity_available\n%s\t10\n%s\t-5\n".formatted(a, b);
		full("text/tab-separated-values", withBadRow).andExpect(status().isOk())
			.andExpect(jsonPath("$.zeroed").value(0))
			.andExpect(jsonPath("$.zeroingSkipped").value(true))
			.andExpect(jsonPath("$.note").value(org.hamcrest.Matchers.containsString("not set to zero")));
		assertThat(onHand(c, FULL_FEEDS)).isEqualByComparingTo("3");

		full("text/csv", "SKU|Quantity\n%s|9\n%s|5\n".formatted(a, b)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected.length()").value(0))
			.andExpect(jsonPath("$.zeroingSkipped").value(false))
			.andExpect(jsonPath("$.applied").value(1))
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.zeroed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

		assertThat(onHand(a, FULL_FEEDS)).isEqualByComparingTo("9");
		assertThat(onHand(c, FULL_FEEDS)).isEqualByComparingTo("0");
		assertThat(onHand(c)).as("another warehouse").isEqualByComparingTo("3");
		assertThat(events.stream(StockAdjusted.class).filter(it -> it.sku().equals(c))).singleElement()
			.satisfies(it -> assertThat(it.source()).isEqualTo("FEED_FULL"));
	}

	@Test
	void aJsonDeltaFeedIsTakenLikeACsvOne() throws Exception {
		mvc.perform(post(PATH).with(WMS)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"warehouse":"MAIN","mode":"DELTA","items":[{"sku":"%s","quantity":6.50},{"sku":"%s","quantity":"-2"}]}"""
				.formatted(a, b)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(1))
			.andExpect(jsonPath("$.rejected[0].row").value(2))
			.andExpect(jsonPath("$.rejected[0].column").value("quantity"));

		assertThat(onHand(a)).isEqualByComparingTo("6.5");
	}

	@Test
	void anUnknownWarehouseOrModeOrAnUnreadableHeaderIsAProblem() throws Exception {
		mvc.perform(post(PATH).with(WMS).param("warehouse", "NOWHERE").param("mode", "DELTA")
			.contentType("text/csv")
			.content("sku,quantity\n" + a + ",1\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].path").value("warehouse"));
		mvc.perform(post(PATH).with(WMS).param("warehouse", "MAIN").contentType("text/csv")
			.content("sku,quantity\n" + a + ",1\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].path").value("mode"));
		mvc.perform(post(PATH).with(WMS).param("warehouse", "MAIN").param("mode", "FULL").contentType("text/csv")
			.content("item,count\n" + a + ",1\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$"));
		assertThat(onHand(a)).isEqualByComparingTo("10");
	}

	@Test
	void anotherMediaTypeIs415AndATooLargeFeed413() throws Exception {
		mvc.perform(post(PATH).with(WMS).param("warehouse", "MAIN").param("mode", "DELTA")
			.contentType(MediaType.TEXT_PLAIN)
			.content("sku,quantity\n"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		byte[] huge = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) 'x');
		mvc.perform(post(PATH).with(WMS).param("warehouse", "MAIN").param("mode", "DELTA")
			.contentType("text/csv")
			.content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void everyRunCanBeReadBack() throws Exception {
		mvc.perform(post(PATH).with(WMS).param("warehouse", "WH-2").param("mode", "DELTA")
			.contentType("text/csv")
			.content("sku,quantity\n" + a + ",2\n" + b + ",-1\n"))
			.andExpect(status().isOk());

		mvc.perform(get(PATH + "/runs").with(WMS).param("warehouse", "WH-2").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].warehouse").value("WH-2"))
			.andExpect(jsonPath("$[0].mode").value("DELTA"))
			.andExpect(jsonPath("$[0].channel").value("API"))
			.andExpect(jsonPath("$[0].applied").value(1))
			.andExpect(jsonPath("$[0].rejected").value(1))
			.andExpect(jsonPath("$[0].problems[0]").value("row 3, quantity: must not be negative, was -1"));
	}

	private org.springframework.test.web.servlet.ResultActions full(String type, String body) throws Exception {
		return mvc.perform(post(PATH).with(WMS).param("warehouse", FULL_FEEDS).param("mode", "FULL")
			.contentType(type)
			.content(body));
	}

	private BigDecimal onHand(Sku sku) {
		return onHand(sku, "MAIN");
	}

	private BigDecimal onHand(Sku sku, String warehouse) {
		return positions.find(sku, warehouse).get(0).onHand();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

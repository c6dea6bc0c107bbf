package org.distributionhub.erpgateway.adapters.out.erpnext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.distributionhub.erpgateway.domain.Remainder;
import org.distributionhub.erpgateway.domain.Watermark;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submitted purchase orders read from ERPNext by modified, which the site writes in its own time zone to the
 * microsecond: orders at the watermark's very time are read unless their names were seen.
 */
class ErpNextPurchaseOrdersIT {

	private final JsonMapper json = JsonMapper.builder().build();
	private final ErpNextStub erpnext = start();
	private final ErpNextPurchaseOrders feed = feed(ZoneId.of("Europe/Berlin"));

	@AfterEach
	void stop() {
		erpnext.close();
	}

	@Test
	void readsSubmittedOrdersWithTheirRowsInTheSitesTimeZone() {
		erpnext.site().now("2026-11-27 11:00:00.250000");
		var order = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 100, "B-2", 5);
		var draft = json.createObjectNode().put("supplier", "ACME").put("docstatus", 0);
		draft.putArray("items").addObject().put("item_code", "A-1").put("qty", 1);
		erpnext.site().insert("Purchase Order", draft, false);

		var read = feed.changedSince(Watermark.start(), 10);

		assertThat(read).singleElement().satisfies(po -> {
			assertThat(po.poNumber()).isEqualTo(order.path("name").asString());
			assertThat(po.changedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00.250Z"));
			assertThat(po.partnerCode()).isEqualTo("ACME");
			assertThat(po.orderDate()).isEqualTo(LocalDate.parse("2026-11-20"));
			assertThat(po.shipTo()).isEqualTo("Stores - HUB");
			assertThat(po.currency()).isEqualTo("EUR");
			assertThat(po.lines()).extracting(ErpPurchaseOrder.Line::sku, ErpPurchaseOrder.Line::unit)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", "Nos"),
						org.assertj.core.groups.Tuple.tuple("B-2", "Nos"));
			assertThat(po.lines().get(0).lineNumber())
				.isEqualTo(order.path("items").get(0).path("name").asString());
		});
	}

	@Test
	void ordersAtTheWatermarksTimeAreReadUnlessSeenAndLaterOnesAlways() {
		erpnext.site().now("2026-11-27 11:00:00.250000");
		String first = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 1).path("name").asString();
		String second = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 2).path("name").asString();
		erpnext.site().now("2026-11-27 11:00:00.250001");
		String third = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 3).path("name").asString();
		var at = Instant.parse("2026-11-27T10:00:00.250Z");

		assertThat(feed.changedSince(new Watermark(at, Set.of(first)), 10)).extracting(ErpPurchaseOrder::poNumber)
			.containsExactly(second, third);
		assertThat(feed.changedSince(new Watermark(at, Set.of(first, second)), 1)).extracting(ErpPurchaseOrder::poNumber)
			.containsExactly(third);
		assertThat(feed.changedSince(new Watermark(at.plusNanos(1000), Set.of(third)), 10)).isEmpty();
	}

	private ErpNextPurchaseOrders feed(ZoneId zone) {
		var properties = new ErpNextProperties(erpnext.baseUrl(), ErpNextStub.KEY, ErpNextStub.SECRET,
				Duration.ofSeconds(1), Duration.ofSeconds(1), ErpNextStub.REFERENCE_FIELD, null, Remainder.BACKORDER, zone,
				null, null);
		var configuration = new ErpNextConfiguration();
		return configuration.erpNextPurchaseOrders(configuration.erpNextApi(properties, json, ObservationRegistry.NOOP), properties);
	}

	private static ErpNextStub start() {
		try {
			return new ErpNextStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

package org.distributionhub.erpgateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.Line;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.ReleasedPurchaseOrderCommand;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReleasedOrderMappingTest {

	private static final LocalDate ORDERED = LocalDate.parse("2026-11-20");

	private final ReleasedOrderMapping mapping = new ReleasedOrderMapping(new PurchaseOrderProperties(true,
			Duration.ofMinutes(1), 100, Map.of("ACME", "SUP-ACME", "42", "SUP-42"), Map.of("Pallet", "PL"),
			Map.of("WH", "DC-NORTH"), null));

	@Test
	void mapsTheSupplierWarehouseUnitsAndPricesToOurs() {
		var release = mapping.map(order("ACME", "43", "WH", "EUR",
				new Line("17", "A-1", new BigDecimal("100"), "Units", new BigDecimal("9.50"), null),
				new Line("18", "B-2", new BigDecimal("2"), "Pallet", null, LocalDate.parse("2026-12-01"))));

		assertThat(release.supplierId()).isEqualTo("SUP-ACME");
		assertThat(release.shipTo()).isEqualTo("DC-NORTH");
		assertThat(release.currency()).isEqualTo("EUR");
		assertThat(release.lines()).containsExactly(
				new PurchaseOrderReleased.Line("17", new Sku("A-1"), Quantity.of(100, UnitOfMeasure.EACH),
						Money.of("9.50", "EUR"), ORDERED),
				new PurchaseOrderReleased.Line("18", new Sku("B-2"), Quantity.of(2, new UnitOfMeasure("PL")), null,
						LocalDate.parse("2026-12-01")));
	}

	@Test
	void aPartnerWithoutMappingIsKnownByItsCodeOrItsMappedId() {
		assertThat(mapping.map(order("OTHER", "7", "WH", null, line("KG"))).supplierId()).isEqualTo("OTHER");
		assertThat(mapping.map(order(null, "42", "WH", null, line("KG"))).supplierId()).isEqualTo("SUP-42");
		assertThatThrownBy(() -> mapping.map(order(null, "43", "WH", null, line("KG"))))
			.hasMessage("its supplier (ERP partner 43) has no code; add hub.erp.purchase-orders.suppliers[43] or give "
					+ "the partner a reference");
	}

	@Test
	void whatCannotBeMappedIsRefusedWithTheReason() {
		assertThatThrownBy(() -> mapping.map(order("ACME", "1", "WH", null, line("Barrels of 200 l"))))
			.hasMessage("line 1 is in unit 'Barrels of 200 l', which has no X12 code; add "
					+ "hub.erp.purchase-orders.units[Barrels of 200 l]");
		assertThatThrownBy(() -> mapping.map(order("ACME", "1", null, null, line("EA"))))
			.hasMessageContaining("default-ship-to is not set");
		assertThatThrownBy(() -> mapping.map(order("ACME", "1", "WH", "EUR",
				new Line("1", "A-1", BigDecimal.ONE, "EA", new BigDecimal("9.125"), null))))
			.hasMessage("line 1: 9.125 has more decimals than EUR allows");
		assertThatThrownBy(() -> mapping.map(order("ACME", "1", "WH", null,
				new Line("1", null, BigDecimal.ONE, "EA", null, null))))
			.hasMessageContaining("line 1 has no SKU");
	}

	@Test
	void theDigestChangesWithTheContentAndNotWithTheLineOrder() {
		var a = line("EA");
		var b = new Line("2", "B-2", BigDecimal.TEN, "EA", null, null);

		String digest = mapping.map(order("ACME", "1", "WH", null, a, b)).digest();

		assertThat(mapping.map(order("ACME", "1", "WH", null, b, a)).digest()).isEqualTo(digest);
		assertThat(mapping.map(order("ACME", "1", "WH", null, a, new Line("2", "B-2", BigDecimal.ONE, "EA", null, null)))
			.digest()).isNotEqualTo(digest);
	}

	private static Line line(String unit) {
		return new Line("1", "A-1", BigDecimal.ONE, unit, null, null);
	}

	private static ReleasedPurchaseOrderCommand order(@Nullable String partnerCode, String partnerId,
			@Nullable String shipTo, @Nullable String currency, Line... lines) {
		return new ReleasedPurchaseOrderCommand("odoo", "P00042", null, partnerCode, partnerId, ORDERED, shipTo,
				currency, List.of(lines));
	}
}

package org.distributionhub.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.MoveStock.Movement;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Stock movements on real positions: what goes on hand, what is refused, and what a feed's count changes. */
@SpringBootTest
class StockMovementsIT {

	@Autowired
	MoveStock stock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final Sku sku = new Sku("MV-" + UUID.randomUUID().toString().substring(0, 8));
	private final CorrelationId flow = CorrelationId.random();

	@Test
	void receivedGoodsGoOnHandAndMakeTheSkuKnown() {
		assertThat(stock.isKnownSku(sku)).isFalse();

		stock.receive(flow, "WH-1", List.of(new Movement(sku, ea(30)), new Movement(sku, ea(12))));

		assertThat(onHand("WH-1")).isEqualByComparingTo("42");
		assertThat(stock.isKnownSku(sku)).isTrue();
		assertThat(stock.stockedSkus("WH-1")).contains(sku);
		assertThat(stock.stockedSkus("WH-2")).doesNotContain(sku);
	}

	@Test
	void anAdjustmentNeverTakesOnHandBelowZero() {
		stock.receive(flow, "WH-1", List.of(new Movement(sku, ea(5))));

		assertThat(stock.adjust(flow, "WH-1", sku, BigDecimal.valueOf(-3))).isEqualTo(ea(2));
		assertThat(stock.adjust(flow, "WH-1", sku, BigDecimal.valueOf(-10))).isEqualTo(ea(0));
		assertThat(onHand("WH-1")).isEqualByComparingTo("0");
		assertThat(stock.stockedSkus("WH-1")).doesNotContain(sku);
	}

	@Test
	void anAdjustmentInAnotherWarehouseKeepsTheSkusUnit() {
		stock.receive(flow, "WH-1", List.of(new Movement(sku, Quantity.of(4, new UnitOfMeasure("CA")))));

		assertThat(stock.adjust(flow, "WH-2", sku, BigDecimal.valueOf(3)))
			.isEqualTo(Quantity.of(3, new UnitOfMeasure("CA")));
	}

	@Test
	void aFeedStatesOnHandAndGetsTheSignedChange() {
		assertThat(stock.set(flow, "WH-2", sku, ea(25))).isEqualByComparingTo("25");
		assertThat(stock.set(flow, "WH-2", sku, ea(18))).isEqualByComparingTo("-7");
		assertThat(stock.set(flow, "WH-2", sku, ea(18))).isEqualByComparingTo("0");
		assertThat(onHand("WH-2")).isEqualByComparingTo("18");
	}

	@Test
	void unknownWarehousesSkusAndOtherUnitsAreRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> stock.receive(flow, "NOWHERE",
				List.of(new Movement(sku, ea(1))))).withMessageContaining("NOWHERE");
		assertThatIllegalArgumentException().isThrownBy(() -> stock.adjust(flow, "WH-1", sku, BigDecimal.ONE))
			.withMessageContaining(sku.code());
		stock.receive(flow, "WH-1", List.of(new Movement(sku, ea(1))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> stock.set(flow, "WH-1", sku, Quantity.of(1, new UnitOfMeasure("CA"))))
			.withMessageContaining("EA");
		assertThat(stock.isKnownWarehouse("WH-1")).isTrue();
		assertThat(stock.isKnownWarehouse("NOWHERE")).isFalse();
		assertThat(onHand("WH-1")).isEqualByComparingTo("1");
	}

	@Test
	void aRefusedMovementLeavesTheCallersTransactionUsable() {
		transactions.executeWithoutResult(status -> {
			assertThatIllegalArgumentException().isThrownBy(() -> stock.adjust(flow, "WH-1", sku, BigDecimal.ONE));
			assertThatIllegalArgumentException().isThrownBy(() -> stock.dispatch(flow, "NO-ORDER", "WH-1",
					List.of(new MoveStock.OrderMovement(1, sku, ea(1)))));
			stock.receive(flow, "WH-1", List.of(new Movement(sku, ea(3))));
		});

		assertThat(onHand("WH-1")).isEqualByComparingTo("3");
	}

	private BigDecimal onHand(String warehouse) {
		return jdbc.sql("SELECT on_hand FROM stock_position WHERE warehouse = ? AND sku = ?")
			.params(warehouse, sku.code())
			.query(BigDecimal.class)
			.single();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

package org.distributionhub.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.FeedRow;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.InventoryFeedCommand;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.distributionhub.inventory.ports.in.InventoryFeedRejected;
import org.distributionhub.inventory.ports.in.InventoryFeedResult;
import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

/** Full and delta feeds over in-memory stock: what they set, zero, publish, reject and record. */
class InventoryFeedIntakeTest {

	private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
	private static final Sku A = new Sku("A");
	private static final Sku B = new Sku("B");
	private static final Sku C = new Sku("C");

	private final WarehouseTestStock stock = new WarehouseTestStock("MAIN", "WH-2").with("MAIN", A, ea(10))
		.with("MAIN", B, ea(5))
		.with("MAIN", C, ea(3))
		.with("WH-2", C, ea(8));
	private final List<Object> published = new ArrayList<>();
	private final InMemoryInventoryFeedRuns runs = new InMemoryInventoryFeedRuns();
	private final InventoryFeedIntake feeds = new InventoryFeedIntake(stock, published::add, runs,
			stock::units, this::inTransaction, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aDeltaFeedStatesOnHandOfItsRowsAndPublishesWhatChanged() {
		var result = apply("DELTA", row(2, "A", "12"), row(3, "B", "5"), row(4, "NEW", "1"));

		assertThat(result.applied()).isEqualTo(2);
		assertThat(result.unchanged()).isEqualTo(1);
		assertThat(result.zeroed()).isZero();
		assertThat(result.rejected()).isEmpty();
		assertThat(stock.onHand("MAIN", A)).isEqualTo(ea(12));
		assertThat(stock.onHand("MAIN", C)).as("not listed in a delta: left alone").isEqualTo(ea(3));
		assertThat(published).map(StockAdjusted.class::cast)
			.extracting(it -> it.sku().code(), it -> it.change().intValue(), StockAdjusted::source,
					StockAdjusted::reference)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", 2, "FEED_DELTA", "feed.csv#2"),
					org.assertj.core.groups.Tuple.tuple("NEW", 1, "FEED_DELTA", "feed.csv#4"));
	}

	@Test
	void aFullFeedZeroesEverySkuOfItsWarehouseItDoesNotList() {
		var result = apply("FULL", row(2, "A", "10"), row(3, "B", "7"));

		assertThat(result.applied()).isEqualTo(1);
		assertThat(result.unchanged()).isEqualTo(1);
		assertThat(result.zeroed()).isEqualTo(1);
		assertThat(result.zeroingSkipped()).isFalse();
		assertThat(stock.onHand("MAIN", C)).isEqualTo(ea(0));
		assertThat(stock.onHand("WH-2", C)).as("another warehouse").isEqualTo(ea(8));
		assertThat(published).map(StockAdjusted.class::cast)
			.filteredOn(it -> it.sku().equals(C))
			.singleElement()
			.satisfies(it -> {
				assertThat(it.change()).isEqualByComparingTo("-3");
				assertThat(it.source()).isEqualTo("FEED_FULL");
				assertThat(it.reason()).isEqualTo("not listed in full inventory feed");
			});
	}

	@Test
	void aFullFeedWithABadRowAppliesItsGoodRowsButZeroesNothing() {
		var result = apply("FULL", row(2, "A", "11"), row(3, "B", "-1"), row(4, null, "3"), row(5, "B", "x"),
				new FeedRow(6, null, "B", "1", "CA"), new FeedRow(7, "WH-2", "C", "1", null));

		assertThat(result.applied()).isEqualTo(1);
		assertThat(result.zeroed()).isZero();
		assertThat(result.zeroingSkipped()).isTrue();
		assertThat(result.note()).contains("not set to zero", "5 row(s) were rejected");
		assertThat(result.rejected()).extracting(FeedRowProblem::row, FeedRowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "quantity"),
					org.assertj.core.groups.Tuple.tuple(4, "sku"), org.assertj.core.groups.Tuple.tuple(5, "quantity"),
					org.assertj.core.groups.Tuple.tuple(6, "unit"),
					org.assertj.core.groups.Tuple.tuple(7, "warehouse"));
		assertThat(stock.onHand("MAIN", A)).isEqualTo(ea(11));
		assertThat(stock.onHand("MAIN", C)).isEqualTo(ea(3));
	}

	@Test
	void aFullFeedListingNothingZeroesNothing() {
		var result = apply("FULL");

		assertThat(result.zeroingSkipped()).isTrue();
		assertThat(stock.onHand("MAIN", A)).isEqualTo(ea(10));
	}

	@Test
	void aRowRefusedByTheStockInABigFeedCostsOnlyThatRow() {
		var rows = new ArrayList<FeedRow>();
		IntStream.range(0, 450).forEach(i -> rows.add(row(i + 2, "SKU-" + i, "1")));
		rows.add(new FeedRow(452, null, "A", "1", "CA"));

		var result = feeds.apply(new InventoryFeedCommand(new CorrelationId("flow-1"), "MAIN", "delta", IntakeChannel.FILE,
				"big.csv", rows, List.of()));

		assertThat(result.applied()).isEqualTo(450);
		assertThat(result.rejected()).singleElement().satisfies(it -> {
			assertThat(it.row()).isEqualTo(452);
			assertThat(it.column()).isEqualTo("unit");
			assertThat(it.message()).contains("kept in EA");
		});
	}

	@Test
	void aRowWithoutAUnitIsInTheUnitTheSkuIsKeptInAndSoIsTheZeroOfAnUnlistedSku() {
		stock.with("MAIN", new Sku("CASES"), Quantity.of(4, new UnitOfMeasure("CA")))
			.with("MAIN", new Sku("CRATES"), Quantity.of(2, new UnitOfMeasure("CA")));

		var result = apply("FULL", row(2, "A", "10"), row(3, "B", "5"), row(4, "C", "3"), row(5, "CASES", "6"));

		assertThat(result.rejected()).isEmpty();
		assertThat(stock.onHand("MAIN", new Sku("CASES"))).isEqualTo(Quantity.of(6, new UnitOfMeasure("CA")));
		assertThat(result.zeroed()).isEqualTo(1);
		assertThat(stock.onHand("MAIN", new Sku("CRATES"))).isEqualTo(Quantity.of(0, new UnitOfMeasure("CA")));
	}

	@Test
	void everyRunIsRecordedWithItsCountsAndProblems() {
		var result = apply("DELTA", row(2, "A", "1"), row(3, "B", "-2"));

		assertThat(runs.recent("MAIN", 10)).singleElement().satisfies(run -> {
			assertThat(run.runId()).isEqualTo(result.runId());
			assertThat(run.mode()).isEqualTo(FeedMode.DELTA);
			assertThat(run.reference()).isEqualTo("feed.csv");
			assertThat(run.rows()).isEqualTo(2);
			assertThat(run.applied()).isEqualTo(1);
			assertThat(run.rejected()).isEqualTo(1);
			assertThat(run.problems()).containsExactly("row 3, quantity: must not be negative, was -2");
		});
	}

	@Test
	void anUnknownWarehouseOrModeRefusesTheFeed() {
		assertThatThrownBy(() -> feeds.apply(new InventoryFeedCommand(new CorrelationId("flow-1"), "NOWHERE", "FULL",
				IntakeChannel.API, "x", List.of(row(2, "A", "1")), List.of())))
			.isInstanceOfSatisfying(InventoryFeedRejected.class, it -> assertThat(it.field()).isEqualTo("warehouse"));
		assertThatThrownBy(() -> feeds.apply(new InventoryFeedCommand(new CorrelationId("flow-1"), "MAIN", "SOME",
				IntakeChannel.API, "x", List.of(row(2, "A", "1")), List.of())))
			.isInstanceOfSatisfying(InventoryFeedRejected.class, it -> assertThat(it.field()).isEqualTo("mode"));
		assertThat(stock.onHand("MAIN", A)).isEqualTo(ea(10));
		assertThat(runs.runs).isEmpty();
	}

	/** A transaction over the in-memory stock and events: what fails is undone. */
	private <T> T inTransaction(TransactionCallback<T> work) {
		var restore = stock.checkpoint();
		int events = published.size();
		try {
			return work.doInTransaction(new SimpleTransactionStatus());
		}
		catch (RuntimeException e) {
			restore.run();
			published.subList(events, published.size()).clear();
			throw e;
		}
	}

	private InventoryFeedResult apply(String mode, FeedRow... rows) {
		return feeds.apply(new InventoryFeedCommand(new CorrelationId("flow-1"), "MAIN", mode, IntakeChannel.FILE, "feed.csv",
				List.of(rows), List.of()));
	}

	private static FeedRow row(int row, String sku, String quantity) {
		return new FeedRow(row, null, sku, quantity, null);
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

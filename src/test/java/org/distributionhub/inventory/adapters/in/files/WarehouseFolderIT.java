package org.distributionhub.inventory.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.AllocateOrders.AllocateOrderCommand;
import org.distributionhub.inventory.ports.in.FindStockPositions;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.MoveStock.Movement;
import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The warehouse folder (target/warehouse in tests) on real positions: CSV events with good and bad rows, the same
 * file again, unreadable files, and full and delta feed files; each file archived with its report or refused.
 */
@SpringBootTest
@RecordApplicationEvents
class WarehouseFolderIT {

	/** Full feeds zero whatever their warehouse stocks beyond them: they go to DC-WEST, where no other test keeps stock. */
	static final String FULL_FEEDS = "DC-WEST";

	@Autowired
	WarehouseFolderIntake folder;

	@Autowired
	WarehouseFolderProperties settings;

	@Autowired
	MoveStock stock;

	@Autowired
	AllocateOrders allocation;

	@Autowired
	FindStockPositions positions;

	@Autowired
	ApplicationEvents events;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final Sku widget = new Sku("FLD-W-" + run);
	private final Sku gadget = new Sku("FLD-G-" + run);
	private final String order = "web:" + run;

	@BeforeEach
	void stockAndAnOrderInMain() {
		folder.pollOnce(); // whatever an earlier run left waiting
		var flow = CorrelationId.random();
		stock.receive(flow, "MAIN", List.of(new Movement(widget, ea(10)), new Movement(gadget, ea(4))));
		allocation.allocate(new AllocateOrderCommand(flow, order, "MAIN", 1,
				List.of(new AllocateOrderCommand.Line(1, widget, ea(2)))));
		events.clear();
	}

	@Test
	void goodEventsApplyBadOnesAreReportedByRowAndColumnAndTheSameFileAgainChangesNothing() throws IOException {
		String csv = """
				event_id;type;warehouse;order_id;line_number;sku;quantity;reason
				%1$s-1;PICK_CONFIRMED;MAIN;%2$s;1;;2;
				%1$s-2;STOCK_ADJUSTED;MAIN;;;%3$s;-3;count
				%1$s-2;;;;;%4$s;1;
				%1$s-3;STOCK_ADJUSTED;MAIN;;;%3$s;0;
				%1$s-4;PICK_CONFIRMED;MAIN;%2$s;7;;1;
				;STOCK_ADJUSTED;MAIN;;;%3$s;1;
				""".formatted(run, order, widget, gadget);

		drop("events", "wms-" + run + ".csv", csv);
		assertThat(folder.pollOnce()).isEqualTo(1);

		String report = archived("events", "wms-" + run + ".csv");
		assertThat(report).contains("Events: 2 applied, 0 duplicate, 2 rejected; 1 row(s) of no event",
				"line 2: " + run + "-1: APPLIED", "line 3: " + run + "-2: APPLIED", "line 4: " + run + "-2: APPLIED",
				"line 5: " + run + "-3: REJECTED: quantity: must be a change other than zero",
				"line 6: " + run + "-4: REJECTED: line_number: order " + order + " has no line 7",
				"line 7: REJECTED: event_id: is missing");
		assertThat(onHand(widget)).isEqualByComparingTo("7");
		assertThat(onHand(gadget)).isEqualByComparingTo("5");
		assertThat(events.stream(PickConfirmed.class)).hasSize(1);
		assertThat(events.stream(StockAdjusted.class)).hasSize(2);

		events.clear();
		drop("events", "wms-" + run + "-again.csv", csv);
		assertThat(folder.pollOnce()).isEqualTo(1);

		assertThat(archived("events", "wms-" + run + "-again.csv")).contains("Events: 0 applied, 2 duplicate",
				"line 3: " + run + "-2: DUPLICATE");
		assertThat(onHand(widget)).isEqualByComparingTo("7");
		assertThat(events.stream(StockAdjusted.class)).isEmpty();
	}

	@Test
	void aFileNothingOfWhichCanBeReadGoesToErrorWithANote() throws IOException {
		drop("events", "broken-" + run + ".csv", "event,kind,qty\nWMS-1,PICK_CONFIRMED,1\n");

		assertThat(folder.pollOnce()).isEqualTo(1);

		Path error = events().resolve("error");
		assertThat(error.resolve("broken-" + run + ".csv")).exists();
		assertThat(Files.readString(error.resolve("broken-" + run + ".csv.error.txt")))
			.contains("Status: REFUSED", "Unknown column 'event'");
		assertThat(events().resolve("inbox").resolve("broken-" + run + ".csv")).doesNotExist();
	}

	@Test
	void aFileStillBeingWrittenIsLeftAlone() throws IOException {
		Path inbox = Files.createDirectories(events().resolve("inbox"));
		Path fresh = inbox.resolve("fresh-" + run + ".csv");
		Files.writeString(fresh, "event_id,type,warehouse,quantity\n");

		folder.pollOnce();

		assertThat(fresh).exists();
		Files.delete(fresh);
	}

	@Test
	void deltaAndFullFeedFilesApplyTheirGoodRowsWithAReport() throws IOException {
		drop("feeds", "MAIN-delta-" + run + ".csv", "sku|quantity\n%s|12\n%s|-1\n".formatted(widget, gadget));
		assertThat(folder.pollOnce()).isEqualTo(1);

		assertThat(archived("feeds", "MAIN-delta-" + run + ".csv")).contains("Warehouse: MAIN, mode: DELTA",
				"applied 1, unchanged 0, zeroed 0, rejected 1", "line 3: REJECTED: quantity: must not be negative");
		assertThat(onHand(widget)).isEqualByComparingTo("12");

		stock.receive(CorrelationId.random(), FULL_FEEDS, List.of(new Movement(widget, ea(1)),
				new Movement(gadget, ea(1))));
		drop("feeds", FULL_FEEDS + "-full-" + run + ".csv", "sku,quantity,backorder_qty\n%s,3,0\n".formatted(widget));
		assertThat(folder.pollOnce()).isEqualTo(1);

		assertThat(archived("feeds", FULL_FEEDS + "-full-" + run + ".csv")).contains("mode: FULL",
				"Columns ignored: backorder_qty");
		assertThat(positions.find(widget, FULL_FEEDS).get(0).onHand()).isEqualByComparingTo("3");
		assertThat(positions.find(gadget, FULL_FEEDS).get(0).onHand()).isEqualByComparingTo("0");
	}

	@Test
	void aFeedFileWhoseNameSaysNoModeOrAnUnknownWarehouseIsRefused() throws IOException {
		drop("feeds", "stock-" + run + ".csv", "sku,quantity\n%s,1\n".formatted(widget));
		drop("feeds", "NOWHERE-delta-" + run + ".csv", "sku,quantity\n%s,1\n".formatted(widget));

		assertThat(folder.pollOnce()).isEqualTo(2);

		Path error = feeds().resolve("error");
		assertThat(Files.readString(error.resolve("stock-" + run + ".csv.error.txt"))).contains("<warehouse>-full");
		assertThat(Files.readString(error.resolve("NOWHERE-delta-" + run + ".csv.error.txt")))
			.contains("Unknown warehouse NOWHERE");
		assertThat(onHand(widget)).isEqualByComparingTo("10");
	}

	private void drop(String kind, String name, String content) throws IOException {
		Path inbox = Files.createDirectories(settings.warehouseFolder().resolve(kind).resolve("inbox"));
		Path file = inbox.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
	}

	private String archived(String kind, String name) throws IOException {
		Path archive = settings.warehouseFolder().resolve(kind).resolve("archive");
		assertThat(archive.resolve(name)).exists();
		return Files.readString(archive.resolve(name + ".report.txt"));
	}

	private Path events() {
		return settings.warehouseFolder().resolve("events");
	}

	private Path feeds() {
		return settings.warehouseFolder().resolve("feeds");
	}

	private BigDecimal onHand(Sku sku) {
		return positions.find(sku, "MAIN").get(0).onHand();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

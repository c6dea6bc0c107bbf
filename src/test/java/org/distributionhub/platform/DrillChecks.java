package org.distributionhub.platform;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the drill checks once the hub drained after a kill, read from the hub's database, its order API and the ERP:
 * acknowledgements and orders the hub answered are all there (lost), nothing happened twice (twice), and every
 * listener holds the newest state the purchase order accepted: expected inbound per PO line, the ERP's last posting
 * per PO line, the order's allocation and promise against inventory's (stale).
 */
final class DrillChecks {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int SHOWN = 12;

	/** One round's figures; {@code details} names the first of what was lost, twice or stale. */
	record Figures(int lost, int twice, int staleInventoryLines, int staleErpLines, int staleErpOrders,
			int staleOrderLines, int purchaseOrdersOffPlan, long deadLetters, List<String> details) {

		boolean clean() {
			return lost == 0 && twice == 0 && staleInventoryLines == 0 && staleErpLines == 0 && staleOrderLines == 0
					&& purchaseOrdersOffPlan == 0 && deadLetters == 0;
		}
	}

	private final TestDatabase database;
	private final DrillPlan plan;
	private final DrillErp erp;
	private final DrillHub hub;

	DrillChecks(TestDatabase database, DrillPlan plan, DrillErp erp, DrillHub hub) {
		this.database = database;
		this.plan = plan;
		this.erp = erp;
		this.hub = hub;
	}

	/**
	 * Waits until no publication is incomplete and the ERP dispatch has nothing pending or in flight, seen twice a
	 * second apart; returns how long that took.
	 */
	Duration awaitDrained(Duration timeout) throws Exception {
		Instant start = Instant.now();
		int quiet = 0;
		while (quiet < 2) {
			if (Duration.between(start, Instant.now()).compareTo(timeout) > 0) {
				throw new AssertionError("The hub did not drain within " + timeout + ": " + open());
			}
			quiet = open().equals("0 publications, 0 postings") ? quiet + 1 : 0;
			Thread.sleep(1000);
		}
		return Duration.between(start, Instant.now());
	}

	private String open() throws SQLException {
		try (var connection = connect()) {
			return count(connection, "SELECT COUNT(*) FROM event_publication") + " publications, "
					+ count(connection, "SELECT COUNT(*) FROM erp_posting WHERE status IN ('PENDING', 'IN_FLIGHT')")
					+ " postings";
		}
	}

	/** Counts what a round's checks find, with the first findings in words. */
	private static final class Tally {
		int lost;
		int twice;
		int staleInventoryLines;
		int staleErpLines;
		int staleErpOrders;
		int staleOrderLines;
		int offPlan;
		final List<String> details = new ArrayList<>();

		void note(String format, Object... values) {
			if (details.size() < SHOWN) {
				details.add(format.formatted(values));
			}
		}
	}

	/**
	 * The round's figures: {@code answered} is per purchase order the newest acknowledgement the hub answered with
	 * 2xx, {@code orders} the ids of the orders it answered.
	 */
	Figures check(int round, Map<String, Integer> answered, List<String> orders, long deadLettersBefore)
			throws Exception {
		var tally = new Tally();
		try (var connection = connect()) {
			var acceptedIndex = acceptedIndexes(connection, answered.keySet());
			for (var entry : answered.entrySet()) {
				int index = acceptedIndex.getOrDefault(entry.getKey(), 0);
				if (index < entry.getValue()) {
					tally.lost += entry.getValue() - index;
					tally.note("lost: %s holds acknowledgement %d, the hub answered up to %d", entry.getKey(), index,
							entry.getValue());
				}
			}
			var accepted = purchaseOrderSchedules(connection, round);
			for (var entry : accepted.entrySet()) {
				String[] key = entry.getKey().split("#");
				int index = acceptedIndex.getOrDefault(key[0], 0);
				var planned = plan.schedule(key[0], Integer.parseInt(key[1]), index).stream()
					.map(DrillPlan.Delivery::toString).toList();
				if (index > 0 && !planned.equals(entry.getValue())) {
					tally.offPlan++;
					tally.note("PO line %s is %s, acknowledgement %d said %s", entry.getKey(), entry.getValue(), index,
							planned);
				}
			}
			var inbound = expectedInbound(connection, round);
			for (var entry : accepted.entrySet()) {
				var expected = inbound.getOrDefault(entry.getKey(), List.of());
				if (!expected.equals(entry.getValue())) {
					tally.staleInventoryLines++;
					tally.note("stale inventory: %s expects %s (acknowledgement %s), the PO holds %s (%d)",
							entry.getKey(), expected, whichAcknowledgement(entry.getKey(), expected, acceptedIndex),
							entry.getValue(), acceptedIndex.getOrDefault(entry.getKey().split("#")[0], 0));
				}
			}
			checkErp(connection, answered.keySet(), accepted, acceptedIndex, tally);
			checkTwiceInInventoryAndOrders(connection, round, tally);
			checkOrders(connection, orders, tally);
			long deadLetters = count(connection, "SELECT COUNT(*) FROM event_dead_letter") - deadLettersBefore;
			if (deadLetters > 0) {
				tally.note("%d dead letters", deadLetters);
			}
			return new Figures(tally.lost, tally.twice, tally.staleInventoryLines, tally.staleErpLines,
					tally.staleErpOrders, tally.staleOrderLines, tally.offPlan, deadLetters, tally.details);
		}
	}

	/** The newest acknowledgement up to the accepted one that gave the PO line ({@code po#line}) this schedule. */
	private String whichAcknowledgement(String poLine, @Nullable List<String> schedule,
			Map<String, Integer> acceptedIndex) {
		String[] key = poLine.split("#");
		for (int index = acceptedIndex.getOrDefault(key[0], 0); index > 0; index--) {
			if (plan.schedule(key[0], Integer.parseInt(key[1]), index).stream().map(DrillPlan.Delivery::toString)
				.toList().equals(schedule)) {
				return Integer.toString(index);
			}
		}
		return "none";
	}

	long deadLetters() throws SQLException {
		try (var connection = connect()) {
			return count(connection, "SELECT COUNT(*) FROM event_dead_letter");
		}
	}

	private Map<String, Integer> acceptedIndexes(Connection connection, Iterable<String> purchaseOrders)
			throws SQLException {
		var indexes = new HashMap<String, Integer>();
		for (String po : purchaseOrders) {
			try (var statement = connection.prepareStatement(
					"SELECT acknowledged_at FROM purchase_order WHERE supplier_id = ? AND po_number = ?")) {
				statement.setString(1, plan.supplier());
				statement.setString(2, po);
				try (var result = statement.executeQuery()) {
					if (result.next()) {
						indexes.put(po, DrillPlan.index(result.getObject(1, OffsetDateTime.class)));
					}
				}
			}
		}
		return indexes;
	}

	/** Per PO line ({@code po#line}): the dated deliveries of the purchase order's line state, in date order. */
	private Map<String, List<String>> purchaseOrderSchedules(Connection connection, int round) throws SQLException {
		var schedules = new TreeMap<String, List<String>>();
		try (var statement = connection.prepareStatement(
				"SELECT po_number, line_number, state FROM purchase_order_line WHERE supplier_id = ? AND po_number LIKE ?")) {
			statement.setString(1, plan.supplier());
			statement.setString(2, plan.purchaseOrder(round, 0).replaceAll("0$", "%"));
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					var deliveries = new ArrayList<DrillPlan.Delivery>();
					for (JsonNode entry : JSON.readTree(result.getString("state")).path("schedule")) {
						if (!entry.path("date").isNull()) {
							deliveries.add(new DrillPlan.Delivery(amount(new BigDecimal(entry.path("quantity").asString())),
									LocalDate.parse(entry.path("date").asString())));
						}
					}
					schedules.put(result.getString("po_number") + "#" + result.getString("line_number"), sorted(deliveries));
				}
			}
		}
		return schedules;
	}

	private Map<String, List<String>> expectedInbound(Connection connection, int round) throws SQLException {
		var entries = new HashMap<String, List<DrillPlan.Delivery>>();
		try (var statement = connection.prepareStatement("""
				SELECT po_number, line_number, quantity, delivery_date FROM expected_inbound_entry
				WHERE supplier_id = ? AND po_number LIKE ? AND kind = 'PLANNED'""")) {
			statement.setString(1, plan.supplier());
			statement.setString(2, plan.purchaseOrder(round, 0).replaceAll("0$", "%"));
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					entries.computeIfAbsent(result.getString(1) + "#" + result.getString(2), key -> new ArrayList<>())
						.add(new DrillPlan.Delivery(amount(result.getBigDecimal(3)), result.getObject(4, LocalDate.class)));
				}
			}
		}
		var sorted = new HashMap<String, List<String>>();
		entries.forEach((line, deliveries) -> sorted.put(line, sorted(deliveries)));
		return sorted;
	}

	/** Postings lost or sent twice, and PO lines whose last posting at the ERP is not the PO's state. */
	private void checkErp(Connection connection, Iterable<String> purchaseOrders, Map<String, List<String>> accepted,
			Map<String, Integer> acceptedIndex, Tally tally) throws SQLException {
		for (String po : purchaseOrders) {
			String key = "PO:" + po;
			var documents = erp.documents(document -> document.businessKey().equals(key));
			var created = new HashMap<String, Integer>();
			documents.forEach(document -> created.merge(document.reference(), 1, Integer::sum));
			for (var entry : created.entrySet()) {
				if (entry.getValue() > 1) {
					tally.twice += entry.getValue() - 1;
					tally.note("twice: the ERP created %d documents for posting %s of %s", entry.getValue(),
							entry.getKey(), po);
				}
			}
			try (var statement = connection
				.prepareStatement("SELECT idempotency_key, status FROM erp_posting WHERE business_key = ?")) {
				statement.setString(1, key);
				try (var result = statement.executeQuery()) {
					while (result.next()) {
						if (!"SENT".equals(result.getString(2)) || !created.containsKey(result.getString(1))) {
							tally.lost++;
							tally.note("lost: posting %s of %s is %s, the ERP has %d documents of it",
									result.getString(1), po, result.getString(2),
									created.getOrDefault(result.getString(1), 0));
						}
					}
				}
			}
			var last = new LinkedHashMap<String, List<String>>();
			for (var document : documents) {
				var lines = new HashMap<String, List<DrillPlan.Delivery>>();
				for (JsonNode line : document.update().path("lines")) {
					lines.computeIfAbsent(po + "#" + line.path("lineNumber").asString(), it -> new ArrayList<>())
						.add(new DrillPlan.Delivery(amount(line.path("quantity").decimalValue()),
								LocalDate.parse(line.path("date").asString())));
				}
				lines.forEach((line, deliveries) -> last.put(line, sorted(deliveries)));
			}
			boolean stale = false;
			for (var entry : accepted.entrySet()) {
				if (entry.getKey().startsWith(po + "#")
						&& !Objects.equals(last.get(entry.getKey()), entry.getValue())) {
					tally.staleErpLines++;
					stale = true;
					tally.note("stale ERP: %s was last posted as %s (acknowledgement %s), the PO holds %s (%d)",
							entry.getKey(), last.get(entry.getKey()),
							whichAcknowledgement(entry.getKey(), last.get(entry.getKey()), acceptedIndex),
							entry.getValue(), acceptedIndex.getOrDefault(po, 0));
				}
			}
			tally.staleErpOrders += stale ? 1 : 0;
		}
	}

	/**
	 * Orders taken in twice, and positions whose reserved or backordered quantity is not the sum of their order lines'
	 * (an allocation applied twice).
	 */
	private void checkTwiceInInventoryAndOrders(Connection connection, int round, Tally tally) throws SQLException {
		try (var statement = connection.prepareStatement("""
				SELECT external_order_id, COUNT(*) FROM customer_order WHERE external_order_id LIKE ?
				GROUP BY external_order_id HAVING COUNT(*) > 1""")) {
			statement.setString(1, plan.run() + "-r" + round + "-%");
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					tally.twice += result.getInt(2) - 1;
					tally.note("twice: order %s taken in %d times", result.getString(1), result.getInt(2));
				}
			}
		}
		try (var statement = connection.prepareStatement("""
				SELECT p.sku, p.reserved, p.backordered, SUM(a.reserved), SUM(a.backordered)
				FROM stock_position p JOIN stock_allocation_line a ON a.warehouse = p.warehouse AND a.sku = p.sku
				WHERE p.sku LIKE ? GROUP BY p.sku, p.reserved, p.backordered""")) {
			statement.setString(1, plan.sku(round, 0).replaceAll("0$", "%"));
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					if (result.getBigDecimal(2).compareTo(result.getBigDecimal(4)) != 0
							|| result.getBigDecimal(3).compareTo(result.getBigDecimal(5)) != 0) {
						tally.twice++;
						tally.note("twice: position %s holds %s reserved and %s backordered, its lines %s and %s",
								result.getString(1), result.getBigDecimal(2), result.getBigDecimal(3),
								result.getBigDecimal(4), result.getBigDecimal(5));
					}
				}
			}
		}
	}

	/** Orders lost, and order lines whose allocation or promise differs from inventory's. */
	private void checkOrders(Connection connection, List<String> orders, Tally tally) throws Exception {
		for (String orderId : orders) {
			var answer = hub.send(DrillHub.Call.staff(DrillHub.OPERATOR, "GET", "/api/v1/orders/" + orderId, null));
			if (answer.status() != 200) {
				tally.lost++;
				tally.note("lost: order %s answers %d", orderId, answer.status());
				continue;
			}
			for (JsonNode line : JSON.readTree(answer.body()).path("lines")) {
				String order = "%s reserved, %s backordered, promise %s".formatted(
						amount(line.path("reserved").decimalValue()), amount(line.path("backordered").decimalValue()),
						text(line.path("promiseDate")));
				String inventory = allocation(connection, orderId, line.path("lineNumber").asInt());
				if (inventory == null) {
					tally.lost++;
					tally.note("lost: inventory has no allocation for order %s", orderId);
				}
				else if (!inventory.equals(order)) {
					tally.staleOrderLines++;
					tally.note("stale order: %s line %d says %s (%s), inventory %s", orderId,
							line.path("lineNumber").asInt(), order, line.path("allocation").asString(), inventory);
				}
			}
		}
	}

	private static @Nullable String allocation(Connection connection, String orderId, int line) throws SQLException {
		try (var statement = connection.prepareStatement(
				"SELECT reserved, backordered, promise_date FROM stock_allocation_line WHERE order_id = ? AND line_number = ?")) {
			statement.setString(1, orderId);
			statement.setInt(2, line);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? "%s reserved, %s backordered, promise %s".formatted(
						amount(result.getBigDecimal(1)), amount(result.getBigDecimal(2)),
						Objects.toString(result.getObject(3, LocalDate.class), "-")) : null;
			}
		}
	}

	private static String text(JsonNode value) {
		return value.isMissingNode() || value.isNull() ? "-" : value.asString();
	}

	private static long amount(BigDecimal amount) {
		return amount.longValueExact();
	}

	private static List<String> sorted(List<DrillPlan.Delivery> deliveries) {
		return deliveries.stream()
			.sorted((a, b) -> a.date().equals(b.date()) ? Long.compare(a.quantity(), b.quantity())
					: a.date().compareTo(b.date()))
			.map(DrillPlan.Delivery::toString)
			.toList();
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(database.url(), database.user(), database.password());
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}
}

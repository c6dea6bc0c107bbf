package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.platform.DrillHub.Call;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The fault drill: the hub as a separate JVM under a stream of acknowledgements per purchase order (rising
 * acknowledgedAt, every line moved to another schedule each time) and customer orders for the same SKUs, killed with
 * kill -9 at a seeded random moment, started again on the same database while the stream goes on (a request the kill
 * cut off is sent again, as a partner would), drained, then checked: nothing the hub answered with 2xx lost, nothing
 * applied twice, expected inbound and the ERP's last posting per PO line equal to the newest acknowledgement the
 * purchase order accepted, every order's allocation and promise equal to inventory's. Repeated for
 * {@code -Ddrill.rounds} rounds (2 by default; the full drill is 20 on PostgreSQL, 5 on H2); {@code -Ddrill.seed}
 * repeats a run. The ERP is a REST ERP in this JVM, so what it received survives the kills. The staleness limit is
 * cut from 2 minutes to {@value #STALENESS}: what a kill left in flight is redelivered within the round, yet, as
 * after a real crash, only once the hub is back and the stream has gone on (a restart takes about 20 s here).
 */
class FaultDrillIT {

	static final String STALENESS = "30s";
	private static final int PURCHASE_ORDERS = 6;
	private static final int ACKNOWLEDGEMENTS_AFTER_RESTART = 3;
	private static final int ORDERS_AFTER_RESTART = 3;
	private static final Duration PACE = Duration.ofMillis(150);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void killedAtRandomUnderAcknowledgementsAndOrdersTheHubLosesNothingAppliesNothingTwiceAndEndsWithTheNewestState()
			throws Exception {
		int rounds = Integer.getInteger("drill.rounds", 2);
		long seed = Long.getLong("drill.seed", new Random().nextLong());
		String run = UUID.randomUUID().toString().substring(0, 8);
		var random = new Random(seed);
		var database = withConcurrentReaders(TestDatabase.forProcesses("drill"));
		System.out.printf("fault drill: seed %d, %d rounds, run %s, database %s%n", seed, rounds, run, database.url());

		var summaries = new ArrayList<String>();
		var figures = new ArrayList<DrillChecks.Figures>();
		try (var erp = new DrillErp();
				var hub = new DrillHub(arguments(database, erp), Path.of("target", "fault-drill", run));
				var guard = guard(database)) {
			var plan = new DrillPlan(seed, run, "drill-" + run);
			var checks = new DrillChecks(database, plan, erp, hub);
			hub.start();
			String apiKey = aSupplierWithAKey(hub, plan.supplier());
			for (int round = 1; round <= rounds; round++) {
				long killAfter = 1500 + random.nextInt(4500);
				var traffic = new Round(plan, hub, apiKey, round);
				long deadLetters = checks.deadLetters();
				traffic.purchaseOrders(checks);
				traffic.stream();
				Thread.sleep(killAfter);
				traffic.killed = true;
				hub.kill();
				Instant killed = Instant.now();
				hub.start();
				Duration restart = Duration.between(killed, Instant.now());
				traffic.awaitStream();
				Duration drained = checks.awaitDrained(Duration.ofMinutes(5));
				var result = checks.check(round, traffic.answered, traffic.orders, deadLetters);
				figures.add(result);
				String summary = ("round %d: killed after %d ms, restart %d s, drained %d s after the stream; "
						+ "acknowledgements %d (cut %d), orders %d (cut %d); lost %d, twice %d, stale inventory lines %d, "
						+ "stale ERP keys %d (PO lines; %d of %d POs), stale order lines %d, PO off plan %d, dead letters %d")
					.formatted(round, killAfter, restart.toSeconds(), drained.toSeconds(), traffic.acknowledgements.get(),
							traffic.cutAcknowledgements.get(), traffic.orders.size(), traffic.cutOrders.get(), result.lost(),
							result.twice(), result.staleInventoryLines(), result.staleErpLines(), result.staleErpOrders(),
							PURCHASE_ORDERS, result.staleOrderLines(), result.purchaseOrdersOffPlan(),
							result.deadLetters());
				summaries.add(summary);
				System.out.println("fault drill " + summary);
				result.details().forEach(detail -> System.out.println("fault drill   " + detail));
			}
			hub.stop();
			System.out.println("fault drill: hub start times " + hub.startTimes());
		}
		assertThat(figures).as("fault drill, seed %d:%n%s", seed, String.join("\n", summaries))
			.allSatisfy(round -> assertThat(round.clean()).as(round.details().toString()).isTrue());
	}

	/** One round's stream: per purchase order a thread of acknowledgements, and a thread of orders. */
	private static final class Round {

		final DrillPlan plan;
		final DrillHub hub;
		final String apiKey;
		final int round;
		final Map<String, Integer> answered = new ConcurrentHashMap<>();
		final List<String> orders = new CopyOnWriteArrayList<>();
		final AtomicInteger acknowledgements = new AtomicInteger();
		final AtomicInteger cutAcknowledgements = new AtomicInteger();
		final AtomicInteger cutOrders = new AtomicInteger();
		final ExecutorService threads = Executors.newFixedThreadPool(PURCHASE_ORDERS + 1);
		final List<Future<?>> running = new ArrayList<>();
		volatile boolean killed;

		Round(DrillPlan plan, DrillHub hub, String apiKey, int round) {
			this.plan = plan;
			this.hub = hub;
			this.apiKey = apiKey;
			this.round = round;
		}

		/** The round's purchase orders, taken in and known to inventory before the stream starts. */
		void purchaseOrders(DrillChecks checks) throws Exception {
			for (int po = 1; po <= PURCHASE_ORDERS; po++) {
				var answer = hub.send(Call.staff(DrillHub.OPERATOR, "POST", "/api/v1/purchase-orders",
						plan.purchaseOrderRequest(round, po)));
				assertThat(answer.status()).as(answer.body()).isEqualTo(201);
				answered.put(plan.purchaseOrder(round, po), 0);
			}
			var deadline = Instant.now().plusSeconds(60);
			while (expectedLines(checks) < PURCHASE_ORDERS * DrillPlan.LINES) {
				assertThat(Instant.now()).as("inventory knows the round's purchase orders").isBefore(deadline);
				Thread.sleep(200);
			}
		}

		private long expectedLines(DrillChecks checks) throws SQLException {
			try (var connection = checks.connect(); var statement = connection.prepareStatement(
					"SELECT COUNT(*) FROM expected_inbound_line WHERE supplier_id = ? AND po_number LIKE ?")) {
				statement.setString(1, plan.supplier());
				statement.setString(2, plan.purchaseOrder(round, 0).replaceAll("0$", "%"));
				try (var result = statement.executeQuery()) {
					result.next();
					return result.getLong(1);
				}
			}
		}

		void stream() {
			for (int po = 1; po <= PURCHASE_ORDERS; po++) {
				String purchaseOrder = plan.purchaseOrder(round, po);
				running.add(threads.submit(() -> acknowledgeUntilAfterTheKill(purchaseOrder)));
			}
			running.add(threads.submit(this::placeOrders));
		}

		/** Acknowledgements 1, 2, ... until the kill, then a few more once the hub is back. */
		private Void acknowledgeUntilAfterTheKill(String purchaseOrder) throws Exception {
			int index = 0;
			while (!killed) {
				acknowledge(purchaseOrder, ++index);
			}
			for (int more = 0; more < ACKNOWLEDGEMENTS_AFTER_RESTART; more++) {
				acknowledge(purchaseOrder, ++index);
			}
			return null;
		}

		private void acknowledge(String purchaseOrder, int index) throws Exception {
			var answer = hub.send(Call.partner(apiKey, "/api/v1/suppliers/" + plan.supplier() + "/acknowledgements",
					plan.acknowledgementId(purchaseOrder, index), plan.acknowledgement(purchaseOrder, index)));
			acknowledgements.incrementAndGet();
			cutAcknowledgements.addAndGet(answer.cuts());
			assertThat(answer.status()).as("acknowledgement %d of %s: %s", index, purchaseOrder, answer.body())
				.isBetween(200, 299);
			answered.merge(purchaseOrder, index, Math::max);
			Thread.sleep(PACE.toMillis());
		}

		private Void placeOrders() throws Exception {
			int index = 0;
			while (!killed) {
				placeOrder(++index);
			}
			for (int more = 0; more < ORDERS_AFTER_RESTART; more++) {
				placeOrder(++index);
			}
			return null;
		}

		private void placeOrder(int index) throws Exception {
			var answer = hub.send(Call.staff(DrillHub.OPERATOR, "POST", "/api/v1/orders", plan.order(round, index)));
			cutOrders.addAndGet(answer.cuts());
			assertThat(answer.status()).as("order %d: %s", index, answer.body()).isIn(200, 201);
			orders.add(JSON.readTree(answer.body()).path("orderId").asString());
			Thread.sleep(PACE.toMillis() * 3);
		}

		void awaitStream() throws Exception {
			for (var thread : running) {
				thread.get();
			}
			threads.shutdown();
		}
	}

	private static String aSupplierWithAKey(DrillHub hub, String supplier) throws Exception {
		var profile = hub.send(Call.staff(DrillHub.ADMIN, "PUT", "/api/v1/admin/suppliers/" + supplier, """
				{"name": "Fault drill supplier", "inboundChannels": ["API"], "purchaseOrderChannel": "CSV",
				 "remainderPolicy": "CANCEL"}"""));
		assertThat(profile.status()).as(profile.body()).isIn(200, 201);
		var key = hub.send(Call.staff(DrillHub.ADMIN, "POST", "/api/v1/admin/suppliers/" + supplier + "/api-keys",
				"{\"label\": \"fault drill\"}"));
		assertThat(key.status()).as(key.body()).isEqualTo(201);
		return JSON.readTree(key.body()).path("apiKey").asString();
	}

	private static List<String> arguments(TestDatabase database, DrillErp erp) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--spring.profiles.active=test",
				"--spring.modulith.events.staleness.published=" + STALENESS,
				"--spring.modulith.events.staleness.processing=" + STALENESS,
				"--spring.modulith.events.staleness.resubmission=" + STALENESS,
				"--spring.modulith.events.staleness.check-intervall=2s",
				// A delivery cut by a kill counts as an attempt: leave room for several kills before dead-lettering.
				"--hub.events.retry.max-attempts=20",
				// A posting in flight at the kill is taken over after the lease (5 minutes by default).
				"--hub.erp.dispatch.lease=5s", "--hub.erp.retry.initial-backoff=200ms",
				"--hub.erp.retry.max-backoff=2s"));
		arguments.addAll(erp.hubArguments());
		return arguments;
	}

	/**
	 * On PostgreSQL a connection of the test's own, open for the whole drill: between a kill and the restart the hub
	 * holds none, and another test making its fresh database would drop this one as left over.
	 */
	private static AutoCloseable guard(TestDatabase database) throws SQLException {
		return database.url().startsWith("jdbc:postgresql:")
				? DriverManager.getConnection(database.url(), database.user(), database.password())
				: () -> {
				};
	}

	/**
	 * On H2 the test reads the database while the hub has it open, through the server the hub starts for it
	 * (AUTO_SERVER); it never holds a connection across a kill.
	 */
	private static TestDatabase withConcurrentReaders(TestDatabase database) {
		return database.url().startsWith("jdbc:h2:file:")
				? new TestDatabase(database.url() + ";AUTO_SERVER=TRUE", database.user(), database.password())
				: database;
	}
}

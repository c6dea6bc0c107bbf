package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
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
import java.util.concurrent.atomic.AtomicLong;

import org.distributionhub.platform.DrillHub.Call;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The half-open database drill: the hub as a separate JVM reaches its database through a {@link LoopbackTcpProxy}
 * (PostgreSQL on profile testpg, otherwise an H2 server this test starts). Under a stream of acknowledgements per
 * purchase order and customer orders, the proxy turns half-open, as when a firewall dropped the connections' state:
 * readiness must answer 503 within {@link #NOT_READY_WITHIN} and no request may hang longer than
 * {@link #ANSWER_WITHIN}. Once the proxy passes again, readiness must be UP by itself within
 * {@link #READY_AGAIN_WITHIN}, and everything the hub answered with 2xx must have been processed (expected inbound
 * and the ERP's postings carry the newest acknowledgement, every order is allocated) without dead letters.
 * The database waits are cut for a short run (socket 20 s, statement 15 s, idle in transaction 20 s).
 */
class HalfOpenDatabaseIT {

	private static final Duration NOT_READY_WITHIN = Duration.ofSeconds(30);
	/** The socket timeout, plus the pool's connection timeout, plus room for a slow machine. */
	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(45);
	private static final Duration READY_AGAIN_WITHIN = Duration.ofSeconds(90);
	private static final int PURCHASE_ORDERS = 3;
	private static final int AFTER_RESTORE = 3;
	private static final Duration PACE = Duration.ofMillis(200);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aHalfOpenDatabaseMakesTheHubNotReadyWithoutHangingAndItRecoversByItselfLosingNothing() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var plan = new DrillPlan(new Random().nextLong(), run, "halfopen-" + run);
		try (var database = ProxiedDatabase.start("halfopen", run); var erp = new DrillErp();
				var hub = new DrillHub(arguments(database, erp), Path.of("target", "half-open-drill", run))) {
			var checks = new DrillChecks(database.direct(), plan, erp, hub);
			hub.start();
			String apiKey = aSupplierWithAKey(hub, plan.supplier());
			var traffic = new Traffic(plan, hub, apiKey);
			long deadLetters = checks.deadLetters();
			traffic.purchaseOrders();
			awaitKnownToInventory(database, plan);
			traffic.start();
			Thread.sleep(3000);

			database.proxy().halfOpen();
			Instant halfOpen = Instant.now();
			Duration notReady = awaitReadiness(hub, 503, NOT_READY_WITHIN.plusSeconds(15));
			System.out.printf("half-open drill: readiness 503 after %d ms%n", notReady.toMillis());
			Thread.sleep(5000);

			database.proxy().restore();
			Duration readyAgain = awaitReadiness(hub, 200, READY_AGAIN_WITHIN.plusSeconds(30));
			System.out.printf("half-open drill: readiness UP %d ms after the restore (%d s half-open)%n",
					readyAgain.toMillis(), Duration.between(halfOpen, Instant.now()).minus(readyAgain).toSeconds());
			traffic.stopAfter(AFTER_RESTORE);
			Duration drained = checks.awaitDrained(Duration.ofMinutes(3));
			var result = checks.check(1, traffic.answered, traffic.orders, deadLetters);
			System.out.printf("half-open drill: %d requests, %d non-2xx, slowest %d ms, drained %d s; %s%n",
					traffic.requests.get(), traffic.refused.get(), traffic.slowest.get(), drained.toSeconds(), result);
			hub.stop();

			assertThat(notReady).as("readiness 503 after the database turned half-open").isLessThan(NOT_READY_WITHIN);
			assertThat(readyAgain).as("readiness UP after the database came back").isLessThan(READY_AGAIN_WITHIN);
			assertThat(Duration.ofMillis(traffic.slowest.get())).as("the slowest answer").isLessThan(ANSWER_WITHIN);
			assertThat(traffic.cuts.get()).as("requests that got no answer at all").isZero();
			assertThat(result.clean()).as("what the hub answered with 2xx was processed: %s", result.details())
				.isTrue();
		}
	}

	/** Polls readiness until it answers the status; every answer must come within {@link #ANSWER_WITHIN}. */
	private static Duration awaitReadiness(DrillHub hub, int status, Duration timeout) throws Exception {
		Instant start = Instant.now();
		var call = new Call("GET", "/actuator/health/readiness", null, List.of());
		while (true) {
			Instant asked = Instant.now();
			var answer = hub.send(call);
			assertThat(Duration.between(asked, Instant.now())).as("readiness answers in bounded time")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(answer.cuts()).as("readiness answered").isZero();
			if (answer.status() == status) {
				return Duration.between(start, Instant.now());
			}
			assertThat(Duration.between(start, Instant.now())).as("readiness %d; last answer %d %s", status,
					answer.status(), answer.body()).isLessThan(timeout);
			Thread.sleep(500);
		}
	}

	/** A stream of acknowledgements per purchase order and of customer orders, until told to stop. */
	private static final class Traffic {

		final DrillPlan plan;
		final DrillHub hub;
		final String apiKey;
		final Map<String, Integer> answered = new ConcurrentHashMap<>();
		final List<String> orders = new CopyOnWriteArrayList<>();
		final AtomicLong requests = new AtomicLong();
		final AtomicLong refused = new AtomicLong();
		final AtomicLong cuts = new AtomicLong();
		final AtomicLong slowest = new AtomicLong();
		final ExecutorService threads = Executors.newFixedThreadPool(PURCHASE_ORDERS + 1);
		final List<Future<?>> running = new ArrayList<>();
		volatile boolean stopping;
		volatile int more;

		Traffic(DrillPlan plan, DrillHub hub, String apiKey) {
			this.plan = plan;
			this.hub = hub;
			this.apiKey = apiKey;
		}

		void purchaseOrders() throws Exception {
			for (int po = 1; po <= PURCHASE_ORDERS; po++) {
				var answer = hub.send(Call.staff(DrillHub.OPERATOR, "POST", "/api/v1/purchase-orders",
						plan.purchaseOrderRequest(1, po)));
				assertThat(answer.status()).as(answer.body()).isEqualTo(201);
				answered.put(plan.purchaseOrder(1, po), 0);
			}
		}

		void start() {
			for (int po = 1; po <= PURCHASE_ORDERS; po++) {
				String purchaseOrder = plan.purchaseOrder(1, po);
				running.add(threads.submit(() -> {
					int index = 0;
					for (int left = Integer.MAX_VALUE; left > 0; left--) {
						if (stopping && left > more) {
							left = more;
						}
						int next = ++index;
						var answer = send(Call.partner(apiKey,
								"/api/v1/suppliers/" + plan.supplier() + "/acknowledgements",
								plan.acknowledgementId(purchaseOrder, next), plan.acknowledgement(purchaseOrder, next)));
						if (answer.status() / 100 == 2) {
							answered.merge(purchaseOrder, next, Math::max);
						}
						Thread.sleep(PACE.toMillis());
					}
					return null;
				}));
			}
			running.add(threads.submit(() -> {
				int index = 0;
				for (int left = Integer.MAX_VALUE; left > 0; left--) {
					if (stopping && left > more) {
						left = more;
					}
					var answer = send(Call.staff(DrillHub.OPERATOR, "POST", "/api/v1/orders", plan.order(1, ++index)));
					if (answer.status() / 100 == 2) {
						orders.add(JSON.readTree(answer.body()).path("orderId").asString());
					}
					Thread.sleep(PACE.toMillis() * 3);
				}
				return null;
			}));
		}

		private DrillHub.Answer send(Call call) throws InterruptedException {
			long start = System.nanoTime();
			var answer = hub.send(call);
			long millis = (System.nanoTime() - start) / 1_000_000;
			slowest.accumulateAndGet(millis, Math::max);
			requests.incrementAndGet();
			cuts.addAndGet(answer.cuts());
			if (answer.status() / 100 != 2 && refused.incrementAndGet() <= 5) {
				System.out.printf("half-open drill: %s %s answered %d in %d ms: %s%n", call.method(), call.path(),
						answer.status(), millis, answer.body());
			}
			return answer;
		}

		/** Each stream sends this many more requests, then ends; waits for that. */
		void stopAfter(int requests) throws Exception {
			more = requests;
			stopping = true;
			for (var thread : running) {
				thread.get();
			}
			threads.shutdown();
		}
	}

	private static void awaitKnownToInventory(ProxiedDatabase database, DrillPlan plan) throws Exception {
		var deadline = Instant.now().plusSeconds(60);
		var direct = database.direct();
		while (true) {
			try (var connection = DriverManager.getConnection(direct.url(), direct.user(), direct.password());
					var statement = connection.prepareStatement(
							"SELECT COUNT(*) FROM expected_inbound_line WHERE supplier_id = ?")) {
				statement.setString(1, plan.supplier());
				try (var result = statement.executeQuery()) {
					result.next();
					if (result.getLong(1) >= (long) PURCHASE_ORDERS * DrillPlan.LINES) {
						return;
					}
				}
			}
			assertThat(Instant.now()).as("inventory knows the purchase orders").isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private static String aSupplierWithAKey(DrillHub hub, String supplier) throws Exception {
		var profile = hub.send(Call.staff(DrillHub.ADMIN, "PUT", "/api/v1/admin/suppliers/" + supplier, """
				{"name": "Half-open drill supplier", "inboundChannels": ["API"], "purchaseOrderChannel": "CSV",
				 "remainderPolicy": "CANCEL"}"""));
		assertThat(profile.status()).as(profile.body()).isIn(200, 201);
		var key = hub.send(Call.staff(DrillHub.ADMIN, "POST", "/api/v1/admin/suppliers/" + supplier + "/api-keys",
				"{\"label\": \"half-open drill\"}"));
		assertThat(key.status()).as(key.body()).isEqualTo(201);
		return JSON.readTree(key.body()).path("apiKey").asString();
	}

	private static List<String> arguments(ProxiedDatabase database, DrillErp erp) {
		var arguments = new ArrayList<>(database.hub().arguments());
		arguments.addAll(List.of("--spring.profiles.active=test",
				"--hub.database.socket-timeout=20s", "--hub.database.statement-timeout=15s",
				"--hub.database.idle-in-transaction-timeout=20s", "--hub.database.lock-timeout=5s",
				// What the half-open connections left in PROCESSING is redelivered within the drill.
				"--spring.modulith.events.staleness.published=" + FaultDrillIT.STALENESS,
				"--spring.modulith.events.staleness.processing=" + FaultDrillIT.STALENESS,
				"--spring.modulith.events.staleness.resubmission=" + FaultDrillIT.STALENESS,
				"--spring.modulith.events.staleness.check-intervall=2s",
				// Deliveries fail while the database is half-open: room for the attempts that takes.
				"--hub.events.retry.max-attempts=20", "--hub.events.retry.max-backoff=10s",
				"--hub.erp.dispatch.lease=5s", "--hub.erp.retry.initial-backoff=200ms",
				"--hub.erp.retry.max-backoff=2s"));
		arguments.addAll(erp.hubArguments());
		return arguments;
	}
}

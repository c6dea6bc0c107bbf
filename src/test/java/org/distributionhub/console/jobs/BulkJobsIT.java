package org.distributionhub.console.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.distributionhub.console.Probes;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.ManagePostings;
import org.distributionhub.erpgateway.api.ManagePostings.PostingActionCommand;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.probesender.ProbeSender;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk jobs over real HTTP, the staff API with HTTP basic, on real items of three modules: 1,000 parked documents
 * replayed with progress while it runs and every outcome kept, a cancel that stops a replay between items, ERP
 * postings retried and deliveries resubmitted by id, and jobs a stopped hub left, resumed or marked interrupted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hub.erp.dispatch.enabled=false",
		"hub.jobs.lease=3s", "hub.jobs.sweep-interval=1s" })
class BulkJobsIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final HttpClient HTTP = HttpClient.newHttpClient();
	static final String JOBS = "/api/v1/operations/jobs";

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	FindPartnerMessages messages;

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	FindPostings postings;

	@Autowired
	ManagePostings manage;

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBulkReplayOfAThousandParkedDocumentsShowsProgressAndKeepsEveryOutcome() throws Exception {
		var parked = new ParkedDocuments(suppliers, purchaseOrders, intake).park(1000).mapTheItem();
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isEqualTo(1000);

		var refused = send("POST", JOBS, "auditor", body("PARKED_REPLAY", parked.supplier));
		assertThat(refused.statusCode()).isEqualTo(403);

		Instant started = Instant.now();
		var answer = send("POST", JOBS, "operator", body("PARKED_REPLAY", parked.supplier));
		assertThat(answer.statusCode()).isEqualTo(202);
		JsonNode job = JSON.readTree(answer.body());
		String id = job.get("id").asString();
		assertThat(answer.headers().firstValue("Location")).hasValue(JOBS + "/" + id);
		assertThat(job.get("total").asInt()).isEqualTo(1000);
		assertThat(job.get("scope").asString()).isEqualTo("open parked documents where supplier = " + parked.supplier);

		var second = send("POST", JOBS, "operator", body("PARKED_REPLAY", parked.supplier));
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(second.body()).get("jobId").asString()).isEqualTo(id);

		List<Integer> seenWhileRunning = new ArrayList<>();
		JsonNode done = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode now = read(id, "auditor", 0, 10).get("job");
			if (now.get("state").asString().equals("RUNNING")) {
				seenWhileRunning.add(now.get("done").asInt());
			}
			return now;
		}, now -> !now.get("state").asString().equals("RUNNING"));
		Duration took = Duration.between(started, Instant.now());
		System.out.println("Bulk replay of 1000 parked documents took " + took.toMillis() + " ms");

		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("done").asInt()).isEqualTo(1000);
		assertThat(done.get("ok").asInt() + done.get("failed").asInt() + done.get("skipped").asInt()).isEqualTo(1000);
		assertThat(done.get("ok").asInt()).isEqualTo(1000);
		assertThat(seenWhileRunning).anyMatch(count -> count > 0 && count < 1000);
		JsonNode items = read(id, "auditor", 0, 1000).get("items");
		assertThat(items.get("total").asInt()).isEqualTo(1000);
		assertThat(items.get("items").valueStream())
			.hasSize(1000)
			.allSatisfy(item -> {
				assertThat(item.get("outcome").asString()).isEqualTo("OK");
				assertThat(item.get("message").asString()).isNotBlank();
				assertThat(item.get("finishedAt").isNull()).isFalse();
			});
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_audit WHERE action = 'REPLAY_PARKED_DOCUMENT' AND reason = ?")
			.param("bulk " + parked.supplier)
			.query(Long.class)
			.single()).isEqualTo(1000);
		assertThat(jdbc.sql("SELECT actor FROM admin_audit WHERE action = 'BULK_JOB_START' AND target = ?")
			.param("job " + id)
			.query(String.class)
			.list()).containsExactly("operator");
	}

	@Test
	void aCancelStopsAReplayBetweenItems() throws Exception {
		var parked = new ParkedDocuments(suppliers, purchaseOrders, intake).park(300).mapTheItem();
		String id = JSON.readTree(send("POST", JOBS, "operator", body("PARKED_REPLAY", parked.supplier)).body())
			.get("id")
			.asString();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
			.until(() -> read(id, "operator", 0, 1).get("job").get("done").asInt() > 0);

		assertThat(send("POST", JOBS + "/" + id + "/cancel", "auditor", "").statusCode()).isEqualTo(403);
		var cancelling = send("POST", JOBS + "/" + id + "/cancel", "operator", "");
		assertThat(cancelling.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_audit WHERE action = 'BULK_JOB_CANCEL' AND target = ?")
			.param("job " + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		JsonNode cancelled = await().atMost(Duration.ofSeconds(30))
			.until(() -> read(id, "operator", 0, 300).get("job"),
					job -> job.get("state").asString().equals("CANCELLED"));
		int done = cancelled.get("done").asInt();
		assertThat(done).isLessThan(300);
		Thread.sleep(1500);
		JsonNode later = read(id, "operator", 0, 300);
		assertThat(later.get("job").get("done").asInt()).isEqualTo(done);
		assertThat(later.get("items").get("items").valueStream().filter(item -> item.get("outcome").isNull()))
			.hasSize(300 - done);
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isEqualTo(300 - done);

		var again = send("POST", JOBS + "/" + id + "/cancel", "operator", "");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anErpBulkRetrySendsParkedPostingsAgainAndKeepsTheRefusal() throws Exception {
		var first = erp().parked();
		var second = erp().parked();
		var gone = erp().recorded();
		manage.cancel(new PostingActionCommand(gone.id(), "test", "entered by hand"));

		JsonNode job = startAndFinish("{\"kind\":\"ERP_RETRY\",\"reason\":\"VAT ids fixed\",\"ids\":[\""
				+ first.id() + "\",\"" + second.id() + "\",\"" + gone.id() + "\"]}");

		assertThat(job.get("job").get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("job").get("ok").asInt()).isEqualTo(2);
		assertThat(job.get("job").get("failed").asInt()).isEqualTo(1);
		var items = job.get("items").get("items");
		assertThat(items.get(0).get("label").asString()).startsWith(first.businessKey() + " #1");
		assertThat(items.get(0).get("message").asString()).endsWith("is now PENDING");
		assertThat(items.get(2).get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(items.get(2).get("message").asString()).contains(gone.id().toString());
		assertThat(postings.find(first.id()).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(postings.find(second.id()).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(postings.find(gone.id()).orElseThrow().status()).isEqualTo("CANCELLED");
	}

	@Test
	void aDeliveryBulkResubmitQueuesEachAgainAndSkipsWhatIsNoLongerFailed() throws Exception {
		var probes = new Probes(sender, jdbc);
		UUID one = probes.deadLettered("bulk-" + UUID.randomUUID());
		UUID two = probes.deadLettered("bulk-" + UUID.randomUUID());
		UUID delivered = probes.completed("bulk-" + UUID.randomUUID());

		JsonNode job = startAndFinish("{\"kind\":\"DELIVERY_RESUBMIT\",\"reason\":\"receiver fixed\",\"ids\":[\""
				+ one + "\",\"" + two + "\",\"" + delivered + "\"]}");

		assertThat(job.get("job").get("ok").asInt()).isEqualTo(2);
		assertThat(job.get("job").get("skipped").asInt()).isEqualTo(1);
		assertThat(job.get("items").get("items").get(2).get("message").asString())
			.isEqualTo("No longer failed or dead-lettered");
		assertThat(probes.auditEntriesNaming(one)).isEqualTo(1);
		assertThat(probes.auditEntriesNaming(two)).isEqualTo(1);

		String id = job.get("job").get("id").asString();
		assertThat(page("/console/jobs/" + id)).contains("DELIVERY_RESUBMIT", "3 selected failed and dead-lettered",
				"3 of 3 done: 2 ok, 0 failed, 1 skipped", "No longer failed or dead-lettered", "receiver fixed")
			.doesNotContain("cancel-job", "hx-trigger");
		assertThat(page("/console/jobs/" + id + "/progress")).contains("id=\"job-progress\"").doesNotContain("<html");
		assertThat(page("/console/jobs")).contains("/console/jobs/" + id);
	}

	@Test
	void aJobAStoppedHubLeftIsResumedAndOneStoppedTooOftenIsMarkedInterrupted() throws Exception {
		var probes = new Probes(sender, jdbc);
		UUID left = probes.deadLettered("bulk-" + UUID.randomUUID());
		UUID resumed = UUID.randomUUID();
		leftRunning(resumed, "DELIVERY_RESUBMIT", 0, List.of(UUID.randomUUID(), left));
		jdbc.sql("UPDATE bulk_job_item SET outcome = 'OK', message = 'Resubmitted', finished_at = ? WHERE job_id = ? "
				+ "AND item_no = 1").params(java.sql.Timestamp.from(Instant.now()), resumed).update();
		UUID interrupted = UUID.randomUUID();
		leftRunning(interrupted, "ERP_RETRY", 3, List.of(UUID.randomUUID(), UUID.randomUUID()));

		JsonNode job = await().atMost(Duration.ofSeconds(30))
			.until(() -> read(resumed.toString(), "auditor", 0, 10), now -> now.get("job").get("state").asString()
				.equals("DONE"));
		assertThat(job.get("job").get("resumes").asInt()).isEqualTo(1);
		assertThat(job.get("job").get("ok").asInt()).isEqualTo(2);
		assertThat(probes.auditEntriesNaming(left)).isEqualTo(1);

		JsonNode stopped = await().atMost(Duration.ofSeconds(30))
			.until(() -> read(interrupted.toString(), "auditor", 0, 10), now -> now.get("job").get("state")
				.asString()
				.equals("INTERRUPTED"));
		assertThat(stopped.get("job").get("done").asInt()).isZero();
		assertThat(stopped.get("items").get("items").valueStream()).hasSize(2)
			.allSatisfy(item -> assertThat(item.get("outcome").isNull()).isTrue());
	}

	@Test
	void aRequestTheApiCannotTakeIsAProblem() throws Exception {
		var unknownKind = send("POST", JOBS, "operator", "{\"kind\":\"NOPE\",\"reason\":\"x\"}");
		assertThat(unknownKind.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(unknownKind.body()).get("errors").get(0).get("path").asString()).isEqualTo("$.kind");
		var noReason = send("POST", JOBS, "operator", "{\"kind\":\"ERP_RETRY\",\"ids\":[\"" + UUID.randomUUID() + "\"]}");
		assertThat(JSON.readTree(noReason.body()).get("errors").get(0).get("path").asString()).isEqualTo("$.reason");
		var badFilter = send("POST", JOBS, "operator",
				"{\"kind\":\"ERP_RETRY\",\"reason\":\"x\",\"filter\":{\"supplier\":\"acme\"}}");
		assertThat(JSON.readTree(badFilter.body()).get("errors").get(0).get("path").asString())
			.isEqualTo("$.filter.supplier");
		var unknownJob = send("GET", JOBS + "/" + UUID.randomUUID(), "auditor", null);
		assertThat(unknownJob.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(unknownJob.body()).get("title").asString()).isEqualTo("Job not found");
		assertThat(send("GET", JOBS, "nobody", null).statusCode()).isEqualTo(401);
	}

	private void leftRunning(UUID id, String kind, int resumes, List<UUID> items) {
		var longAgo = java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		jdbc.sql("""
				INSERT INTO bulk_job (id, kind, state, started_by, reason, scope, total, started_at, owner, heartbeat_at,
				resumes, active_kind) VALUES (?, ?, 'RUNNING', 'operator', 'left behind', 'selected', ?, ?,
				'hub-gone/1', ?, ?, ?)""")
			.params(id, kind, items.size(), longAgo, longAgo, resumes, kind)
			.update();
		for (int i = 0; i < items.size(); i++) {
			jdbc.sql("INSERT INTO bulk_job_item (job_id, item_no, item_id, label) VALUES (?, ?, ?, 'left')")
				.params(id, i + 1, items.get(i))
				.update();
		}
	}

	private JsonNode startAndFinish(String body) throws Exception {
		var answer = send("POST", JOBS, "operator", body);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
		String id = JSON.readTree(answer.body()).get("id").asString();
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> read(id, "operator", 0, 100), job -> !job.get("job").get("state").asString().equals("RUNNING"));
	}



	private ErpRefusals erp() {
		return new ErpRefusals(record, dispatch, postings, jdbc);
	}

	private static String body(String kind, String supplier) {
		return "{\"kind\":\"" + kind + "\",\"reason\":\"bulk " + supplier + "\",\"filter\":{\"supplier\":\"" + supplier
				+ "\"}}";
	}

	private JsonNode read(String id, String user, int page, int size) throws Exception {
		var answer = send("GET", JOBS + "/" + id + "?page=" + page + "&size=" + size, user, null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private String page(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic("auditor"))
			.header("Accept", "text/html")
			.build();
		var answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user + "-secret-for-tests").getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic(user))
			.header("Accept", "application/json");
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}

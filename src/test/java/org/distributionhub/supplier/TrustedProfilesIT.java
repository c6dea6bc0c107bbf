package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supplier profiles that can be trusted, over real HTTP: a qualifier outside the standard's code list is refused
 * naming its field, a book-trade supplier identified by its SAN (EDIFACT 0007 31B) gets a valid ORDERS with 31B in
 * its UNB and is read when it answers from that SAN, a profile's inbox folder exists as soon as it is saved, and a PO to a stored profile whose identity no
 * envelope can carry is a 422 naming the profile field, never the EDI library's words.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TrustedProfilesIT {

	private static final String ADMIN = basic("admin:admin-secret-for-tests");
	private static final String OPERATOR = basic("operator:operator-secret-for-tests");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupplierProperties properties;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	ManageApiKeys keys;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final JsonMapper json = JsonMapper.shared();
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aQualifierOutsideTheX12CodeListIsRefusedNamingItsField() throws Exception {
		String supplier = "bad-isa-" + run;
		var answer = putProfile(supplier, """
				{"name": "Bad ISA", "purchaseOrderChannel": "X12",
				 "ediIdentity": {"qualifier": "QQ", "id": "BADISA%s"}}""".formatted(run));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://distributionhub.org/problems/invalid-request");
		assertThat(problem.path("errors")).singleElement().satisfies(error -> {
			assertThat(error.path("path").asString()).isEqualTo("$.ediIdentity.qualifier");
			assertThat(error.path("message").asString())
				.startsWith("'QQ' is no X12 interchange id qualifier (ISA05/ISA07, code list I05)");
		});
		assertThat(get("/api/v1/admin/suppliers/" + supplier, ADMIN).statusCode()).isEqualTo(404);
		assertThat(folders().resolve(supplier)).doesNotExist();
	}

	@Test
	void aBookTradeSupplierKnownByItsSanGetsOrdersWith31BAndItsInboxAtOnce() throws Exception {
		String supplier = "books-" + run;
		String san = ("7" + Math.abs(run.hashCode())).substring(0, 7);
		var saved = putProfile(supplier, """
				{"name": "Book wholesaler", "purchaseOrderChannel": "EDIFACT", "inboundChannels": ["EDIFACT"],
				 "ediIdentity": {"qualifier": "31B", "id": "%s"}}""".formatted(san));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		assertThat(json.readTree(saved.body()).path("ediIdentity").path("qualifier").asString()).isEqualTo("31B");

		assertThat(folders().resolve(supplier).resolve("inbox")).isDirectory();
		assertThat(folders().resolve(supplier).resolve("error")).isDirectory();

		var issued = post("/api/v1/purchase-orders", OPERATOR, order(supplier, "PO-SAN-1"));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		String orders = new String(jdbc.sql("SELECT content FROM partner_outbox WHERE supplier_id = ? AND kind = "
				+ "'PURCHASE_ORDER'").param(supplier).query(byte[].class).single(), StandardCharsets.UTF_8);
		assertThat(orders).containsPattern("UNB\\+UNOC:3\\+[^+]+:ZZZ\\+" + san + ":31B\\+")
			.contains("'UNH+1+ORDERS:D:96A:UN'", "'BGM+220+PO-SAN-1+9'", "'LIN+1++BOOK-1:BP'");

		// What the profile takes can be received too: its ORDRSP from SAN:31B is read and its document applied.
		String key = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
		String ordrsp = "UNA:+.? 'UNB+UNOC:3+" + san + ":31B+DISTHUB:ZZZ+261202:0900+9" + san
				+ "'UNH+1+ORDRSP:D:96A:UN'BGM+231+RSP-" + san + "+29'DTM+137:202612020900:203'RFF+ON:PO-SAN-1'"
				+ "LIN+1+5+BOOK-1:IN'QTY+113:12:EA'UNS+S'UNT+8+1'UNZ+1+9" + san + "'";
		var answer = http.send(HttpRequest.newBuilder(uri("/api/v1/suppliers/" + supplier + "/edi"))
			.header("Content-Type", "application/edifact")
			.header("X-Api-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(ordrsp))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
		assertThat(json.readTree(answer.body()).path("documents")).as(answer.body()).singleElement()
			.satisfies(document -> assertThat(document.path("result").asString()).isEqualTo("APPLIED"));
	}

	@Test
	void aStoredProfileNoEnvelopeCanCarryIsA422NamingTheProfileField() throws Exception {
		String supplier = "stale-" + run;
		// Saved before the code lists were checked: the store still holds what an older hub took.
		profiles.save(new PartnerProfile(supplier, "Stale EDIFACT", Set.of(Channel.EDIFACT), Channel.EDIFACT,
				new EdiIdentity("QQ", "STALE" + run, "STALE"), null, Duration.ofHours(48), RemainderPolicy.CANCEL,
				Map.of(), List.of(), true));

		var issued = post("/api/v1/purchase-orders", OPERATOR, order(supplier, "PO-STALE-1"));

		assertThat(issued.statusCode()).isEqualTo(422);
		JsonNode problem = json.readTree(issued.body());
		assertThat(problem.path("detail").asString())
			.contains("profile field $.ediIdentity.qualifier")
			.contains("'QQ' is no EDIFACT identification code qualifier (UNB 0007)")
			.doesNotContainIgnoringCase("staedi")
			.doesNotContain("EDIStream");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE supplier_id = ?").param(supplier)
			.query(Long.class).single()).isZero();
	}

	private Path folders() {
		return properties.partnerFolders().toAbsolutePath().normalize();
	}

	private static String order(String supplier, String poNumber) {
		return """
				{"supplierId": "%s", "poNumber": "%s", "revision": 0, "orderDate": "2026-12-01",
				 "shipTo": "MAIN", "currency": "EUR", "lines": [{"lineNumber": "1", "sku": "BOOK-1",
				 "quantity": 12, "unit": "EA", "unitPrice": 9.5,
				 "requestedDate": "2026-12-20"}]}""".formatted(supplier, poNumber);
	}

	private HttpResponse<String> putProfile(String supplier, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/api/v1/admin/suppliers/" + supplier))
			.header("Content-Type", "application/json")
			.header("Authorization", ADMIN)
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String auth, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", auth)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String auth) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}
}

package org.distributionhub.platform;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.distributionhub.erpgateway.adapters.out.FaultyHttpServer;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST ERP of the fault drill, in the test's JVM so that what it received survives every kill of the hub: POST
 * /api/acknowledgements creates one document per call (it knows nothing of idempotency), GET ?reference= finds the
 * documents an earlier attempt created. Documents are kept in the order they arrived.
 */
final class DrillErp extends FaultyHttpServer {

	static final String PATH = "/api/acknowledgements";

	/** One document the ERP created: the hub's reference and business key, and the acknowledgement update posted. */
	record Document(String reference, String businessKey, long sequence, JsonNode update) {
	}

	private final JsonMapper json = JsonMapper.builder().build();
	private final List<Document> documents = new ArrayList<>();

	DrillErp() throws IOException {
		serve(PATH, this::handle);
	}

	/** The hub's settings that post PO acknowledgement updates here. */
	List<String> hubArguments() {
		String endpoint = "--hub.erp.rest.postings.PO_ACKNOWLEDGEMENT_UPDATE.";
		return List.of("--hub.erp.adapter=rest", "--hub.erp.rest.base-url=http://127.0.0.1:" + port(),
				"--hub.erp.rest.read-timeout=2s", endpoint + "url=" + PATH,
				endpoint + "body={\"reference\":\"${idempotencyKey}\",\"businessKey\":\"${businessKey}\","
						+ "\"sequence\":${sequence},\"update\":${payload}}",
				endpoint + "lookup-url=" + PATH + "?reference=${idempotencyKey}");
	}

	synchronized List<Document> documents(Predicate<Document> which) {
		return documents.stream().filter(which).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (exchange.getRequestMethod().equals("GET")) {
				String query = exchange.getRequestURI().getRawQuery();
				String reference = query == null || !query.startsWith("reference=") ? ""
						: URLDecoder.decode(query.substring("reference=".length()), StandardCharsets.UTF_8);
				var found = json.createArrayNode();
				documents(document -> document.reference().equals(reference))
					.forEach(document -> found.addObject().put("id", document.reference()));
				answer(exchange, 200, json.writeValueAsString(found));
				return;
			}
			JsonNode body = json.readTree(exchange.getRequestBody());
			synchronized (this) {
				documents.add(new Document(body.path("reference").asString(), body.path("businessKey").asString(),
						body.path("sequence").asLong(), body.path("update")));
			}
			answer(exchange, 201, json.writeValueAsString(Map.of("id", body.path("reference").asString())));
		}
	}
}

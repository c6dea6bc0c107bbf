package org.distributionhub.platform.adapters.out.tracing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;

/** Staff requests to a running hub that carry a W3C traceparent of the test's making, and what they need. */
final class InboundTraces {

	private static final String OPERATOR = "Basic " + Base64.getEncoder()
		.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final int port;

	InboundTraces(int port) {
		this.port = port;
	}

	/** A new trace id: 32 lower-case hex digits, not all zero. */
	static String traceId() {
		byte[] id = new byte[16];
		ThreadLocalRandom.current().nextBytes(id);
		id[0] = (byte) (id[0] | 1);
		return HexFormat.of().formatHex(id);
	}

	static String traceparent(String traceId) {
		byte[] parent = new byte[8];
		ThreadLocalRandom.current().nextBytes(parent);
		parent[0] = (byte) (parent[0] | 1);
		return "00-" + traceId + "-" + HexFormat.of().formatHex(parent) + "-01";
	}

	HttpResponse<String> post(String path, String traceId, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", OPERATOR)
			.header("traceparent", traceparent(traceId))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A supplier that takes purchase orders as JSON on its webhook. */
	static String webhookSupplier(PartnerProfiles profiles, URI webhook) {
		String supplier = "TRACE-" + UUID.randomUUID().toString().substring(0, 8);
		profiles.save(new PartnerProfile(supplier, "Traced partner", Set.of(Channel.API), Channel.API, null, webhook,
				Duration.ofHours(48), RemainderPolicy.BACKORDER, Map.of(), List.of(), true));
		return supplier;
	}

	static String purchaseOrder(String supplier, String poNumber, String sku) {
		return """
				{"supplierId": "%s", "poNumber": "%s", "revision": 0, "orderDate": "2026-12-01",
				 "shipTo": "MAIN", "currency": "EUR", "lines": [{"lineNumber": "1", "sku": "%s",
				 "quantity": 12, "unit": "EA", "unitPrice": 9.5, "requestedDate": "2026-12-20"}]}"""
			.formatted(supplier, poNumber, sku);
	}
}

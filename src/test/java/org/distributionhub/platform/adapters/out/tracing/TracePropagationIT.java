package org.distributionhub.platform.adapters.out.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * W3C trace context through the running hub, over real HTTP on loopback: a purchase order posted with a traceparent
 * reaches the supplier's webhook in that trace; a goods receipt posted with another reaches the REST ERP in its own
 * (across the module listener and the dispatcher), the dispatcher's log line about the ERP's answer names it, and
 * with an OTLP endpoint set the spans of both traces arrive at the collector as OTLP/HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hub.erp.adapter=rest",
		"hub.erp.dispatch.enabled=false", "hub.erp.rest.postings.GOODS_RECEIPT.url=/erp/receipts",
		"hub.erp.rest.postings.GOODS_RECEIPT.body={\"reference\":\"${idempotencyKey}\",\"receipt\":${payload}}",
		"hub.erp.rest.postings.GOODS_RECEIPT.lookup-url=/erp/receipts?reference=${idempotencyKey}",
		"management.opentelemetry.tracing.export.schedule-delay=200ms" })
class TracePropagationIT extends TracedHub {

	static final LoopbackPeer PEER = LoopbackPeer.started();

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.rest.base-url", () -> PEER.uri("").toString());
		properties.add("management.opentelemetry.tracing.export.otlp.endpoint",
				() -> PEER.uri("/v1/traces").toString());
	}

	@AfterAll
	static void stop() {
		PEER.close();
	}

	@Autowired
	DispatchPostings dispatch;

	@Test
	void theCallersTraceReachesTheSupplierWebhookAndTheErpAndTheCollector(CapturedOutput output) throws Exception {
		var hub = new InboundTraces(port);
		String supplier = InboundTraces.webhookSupplier(profiles, PEER.uri("/hooks/" + run));
		String poNumber = "PO-TRACE-" + run;
		String sku = "SKU-TRACE-" + run;
		String orderTrace = InboundTraces.traceId();

		var issued = hub.post("/api/v1/purchase-orders", orderTrace, InboundTraces.purchaseOrder(supplier, poNumber, sku));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		assertThat(PEER.awaitFirst("POST", "/hooks/" + run, webhooks::sendDue).traceId()).isEqualTo(orderTrace);

		PEER.answer("/erp/receipts", 422, "{\"message\":\"Receipt " + run + " refused by the ERP\"}");
		String receiptTrace = InboundTraces.traceId();
		String receipt = """
				{"eventId": "GR-%s", "type": "GOODS_RECEIVED", "warehouse": "MAIN", "poNumber": "%s",
				 "lines": [{"poLineNumber": "1", "sku": "%s", "quantity": 12, "unit": "EA"}]}"""
			.formatted(run, poNumber, sku);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var received = hub.post("/api/v1/warehouse/events", receiptTrace, receipt);
			assertThat(received.statusCode()).as(received.body()).isIn(200, 202);
		});
		assertThat(PEER.awaitFirst("POST", "/erp/receipts", dispatch::dispatchDue).traceId()).isEqualTo(receiptTrace);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getAll().lines()
			.filter(line -> line.contains("ERP refused posting") && line.contains("refused by the ERP")))
			.anySatisfy(line -> assertThat(line).contains(receiptTrace)));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var exported = PEER.calls("POST", "/v1/traces");
			assertThat(exported).anySatisfy(call -> assertThat(call.carries(orderTrace)).isTrue());
			assertThat(exported).anySatisfy(call -> assertThat(call.carries(receiptTrace)).isTrue());
		});
	}


}

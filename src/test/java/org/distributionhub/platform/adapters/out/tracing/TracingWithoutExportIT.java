package org.distributionhub.platform.adapters.out.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub as installed, with no collector configured and JSON log lines: no span or log exporter exists (nothing is
 * sent anywhere), yet the caller's trace still reaches the supplier's webhook and the log line about the supplier's
 * refusal carries it as trace.id next to the correlation id.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.profiles.include=json-logs")
class TracingWithoutExportIT extends TracedHub {

	static final LoopbackPeer PEER = LoopbackPeer.started();

	@AfterAll
	static void stop() {
		PEER.close();
	}

	@Autowired
	ApplicationContext context;

	@Test
	void nothingIsExportedWhileTheTraceStillTravelsAndIsLogged(CapturedOutput output) throws Exception {
		assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
		assertThat(context.getBeansOfType(LogRecordExporter.class)).isEmpty();

		String supplier = InboundTraces.webhookSupplier(profiles, PEER.uri("/hooks/" + run));
		PEER.answer("/hooks/" + run, 422, "{\"message\":\"Order " + run + " not for us\"}");
		String trace = InboundTraces.traceId();
		var issued = new InboundTraces(port).post("/api/v1/purchase-orders", trace,
				InboundTraces.purchaseOrder(supplier, "PO-UNTRACED-" + run, "SKU-" + run));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

		assertThat(PEER.awaitFirst("POST", "/hooks/" + run, webhooks::sendDue).traceId()).isEqualTo(trace);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getAll().lines()
			.filter(line -> line.startsWith("{") && line.contains("not for us") && line.contains(supplier)))
			.anySatisfy(line -> {
				JsonNode json = JsonMapper.shared().readTree(line);
				assertThat(json.path("trace.id").asString()).isEqualTo(trace);
				assertThat(json.path("span.id").asString()).hasSize(16);
				assertThat(json.path("correlationId").asString()).isNotBlank();
			}));
	}

}

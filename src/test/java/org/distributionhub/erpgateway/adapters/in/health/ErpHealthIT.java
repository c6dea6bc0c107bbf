package org.distributionhub.erpgateway.adapters.in.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.ManagePostings;
import org.distributionhub.erpgateway.api.ManagePostings.PostingActionCommand;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A misconfigured ERP (nothing listens at its URL): the hub starts, says so in one log line without a stack trace,
 * reports the ERP DEGRADED with the reason in /actuator/health while the hub itself stays UP, and counts the failed
 * calls by kind and cause next to the circuit breaker's state.
 */
@SpringBootTest(properties = { "hub.erp.adapter=odoo", "hub.erp.odoo.api-key=some-key",
		"hub.erp.dispatch.enabled=false", "hub.erp.purchase-orders.enabled=false",
		"management.endpoint.health.show-details=always" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ErpHealthIT {

	static final int CLOSED_PORT = closedPort();

	@DynamicPropertySource
	static void nowhere(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.odoo.base-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	FindPostings postings;

	@Autowired
	ManagePostings manage;

	@Autowired
	MeterRegistry meters;

	@Test
	void anUnreachableErpIsAClearHealthDetailAndALogLineNotAStackTrace(CapturedOutput output) throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("ErpStartupCheck"));

		assertThat(output.getOut()).contains("is not usable: ERP not reachable: connection to 127.0.0.1:" + CLOSED_PORT
				+ " refused. Postings wait in the ledger until it is");
		assertThat(output.getOut().lines().filter(line -> line.contains("ErpStartupCheck")).count()).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("at org.distributionhub.erpgateway.adapters.out");
		mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.erp.status").value("DEGRADED"))
			.andExpect(jsonPath("$.components.erp.details.check").value("DOWN"))
			.andExpect(jsonPath("$.components.erp.details.erp").value("Odoo JSON-2 at http://127.0.0.1:" + CLOSED_PORT))
			.andExpect(jsonPath("$.components.erp.details.checkDetail")
				.value("ERP not reachable: connection to 127.0.0.1:" + CLOSED_PORT + " refused"));
	}

	@Test
	void failedCallsAreCountedByKindAndCauseNextToTheCircuitState() {
		double before = failures("transient", "connection_refused");
		var posting = TestRecorder.record(record, SamplePayloads.request(SamplePayloads.fromJson(PostingType.CUSTOMER_INVOICE,
				"{\"orderNumber\":\"SO-1\",\"customer\":\"C\",\"lines\":[{\"sku\":\"A\",\"quantity\":1}]}"),
				"SO:" + UUID.randomUUID(), UUID.randomUUID().toString()));

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return postings.find(posting.id()).orElseThrow().attempts() == 1;
		});

		var waiting = postings.find(posting.id()).orElseThrow();
		assertThat(waiting.status()).isEqualTo("PENDING");
		assertThat(waiting.lastError()).isEqualTo("ERP not reachable: connection to 127.0.0.1:" + CLOSED_PORT + " refused");
		assertThat(failures("transient", "connection_refused")).as("other waiting postings may fail too")
			.isGreaterThanOrEqualTo(before + 1);
		manage.cancel(new PostingActionCommand(posting.id(), "test", "no ERP here; nothing to wait for"));
		assertThat(meters.find("hub.erp.postings.dispatched").tag("outcome", "retrying").counter()).isNotNull();
		assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "erp").gauges()).isNotEmpty();
	}

	private double failures(String kind, String cause) {
		var counter = meters.find("hub.erp.postings.failures").tag("kind", kind).tag("cause", cause).counter();
		return counter == null ? 0 : counter.count();
	}

	private static int closedPort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

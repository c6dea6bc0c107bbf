package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import org.distributionhub.platform.TestDatabase;
import org.distributionhub.platform.problems.ApiProblems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Back-pressure at intake: with the listener threads held, orders pile up undelivered past a small limit; then intake
 * answers 503 with Retry-After in the problem contract and stores nothing, reads and admin answer as ever, the
 * "backlog" health component is OUT_OF_SERVICE; once the listeners catch up, intake takes work again. A database of
 * its own, so no other test's publications count.
 */
@SpringBootTest(properties = { "hub.events.backpressure.max-backlog=2", "hub.events.backpressure.max-age=10m",
		"hub.events.backpressure.retry-after=7s", "hub.events.backpressure.sample-interval=100ms",
		"spring.task.execution.pool.core-size=2", "spring.task.execution.pool.max-size=2" })
@AutoConfigureMockMvc
class BackpressureIT {

	private static final RequestPostProcessor OPERATOR = httpBasic("operator", "operator-secret-for-tests");

	private static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-secret-for-tests");

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		var database = TestDatabase.forProcesses("backpressure");
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	ThreadPoolTaskExecutor listeners;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void intakeIsRefusedWhileTheListenersAreBehindAndTakenAgainOnceTheyCaughtUp() throws Exception {
		var held = new CountDownLatch(1);
		for (int thread = 0; thread < listeners.getMaxPoolSize(); thread++) {
			listeners.execute(() -> {
				try {
					held.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		try {
			for (int i = 1; i <= 3; i++) {
				placeOrder("BP-" + run + "-" + i).andExpect(status().isCreated());
			}
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> mvc.perform(get("/actuator/health/backlog").with(ADMIN))
					.andExpect(status().isServiceUnavailable())
					.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"))
					.andExpect(jsonPath("$.details.waiting").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3))));

			placeOrder("BP-" + run + "-refused").andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "7"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "hub-is-behind"))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.detail").value(containsString("events waiting, oldest")))
				.andExpect(jsonPath("$.detail").value(containsString("send again after 7 s")));
			mvc.perform(post("/api/v1/warehouse/events").with(OPERATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"eventId":"BP-%s","type":"STOCK_ADJUSTED","warehouse":"MAIN","reason":"count",
						 "lines":[{"sku":"BP-%s","quantity":-3}]}""".formatted(run, run)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "7"))
				.andExpect(jsonPath("$.title").value("Hub is behind"));

			mvc.perform(get("/api/v1/orders/web:BP-" + run + "-refused").with(OPERATOR))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/orders/web:BP-" + run + "-1").with(OPERATOR)).andExpect(status().isOk());
			mvc.perform(get("/api/v1/admin/suppliers").with(ADMIN)).andExpect(status().isOk());
		}
		finally {
			held.countDown();
		}

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> mvc.perform(get("/actuator/health/backlog").with(ADMIN))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP")));
		placeOrder("BP-" + run + "-refused").andExpect(status().isCreated());
	}

	private ResultActions placeOrder(String externalId) throws Exception {
		return mvc.perform(post("/api/v1/orders").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content("""
				{"channel":"web","externalOrderId":"%s","customer":"C-42","warehouse":"MAIN","lines":[
				  {"lineNumber":1,"sku":"SKU-1","quantity":2,"unit":"EA"}]}""".formatted(externalId)));
	}
}

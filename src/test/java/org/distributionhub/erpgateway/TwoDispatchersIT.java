package org.distributionhub.erpgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.platform.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Two hub instances (two Spring contexts on one database) record and dispatch at once, each with its own scheduler
 * and pool: the ERP receives every posting exactly once and each business key's postings in order, never two of a
 * key at the same time.
 */
class TwoDispatchersIT {

	/** The one ERP both instances post to. */
	static final RecordingErp ERP = new RecordingErp(5);

	@Test
	void twoInstancesNeverSendAPostingTwice() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var keys = IntStream.range(0, 40).mapToObj(i -> "PO:" + run + "-" + i).toList();
		var database = TestDatabase.forProcesses("erp-twins");
		try (var first = start(database); var second = start(database)) {
			var recordings = new ArrayList<CompletableFuture<List<PostingView>>>();
			for (var instance : List.of(first, second)) {
				var record = instance.getBean(RecordPosting.class);
				recordings.add(CompletableFuture.supplyAsync(() -> {
					var recorded = new ArrayList<PostingView>();
					for (int round = 0; round < 5; round++) {
						for (String key : keys) {
							recorded.add(TestRecorder.record(record, SamplePayloads.request(PostingType.GOODS_RECEIPT, key)));
						}
					}
					return recorded;
				}));
			}
			var recorded = recordings.stream().flatMap(it -> it.join().stream()).toList();
			var find = first.getBean(FindPostings.class);

			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> keys.stream()
					.allMatch(key -> find.byBusinessKey(key).stream().allMatch(it -> it.status().equals("SENT"))));

			assertThat(recorded).hasSize(400)
				.allSatisfy(it -> assertThat(ERP.creations(it.idempotencyKey())).as(it.idempotencyKey()).isEqualTo(1));
			assertThat(keys).allSatisfy(key -> assertThat(ERP.arrivals(key))
				.containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList()));
			assertThat(ERP.overlaps()).isEmpty();
			assertThat(ERP.calls()).as("sends in all: none twice").isEqualTo(400);
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--spring.profiles.active=test", "--server.port=0", "--hub.erp.adapter=recording",
				"--hub.erp.dispatch.poll-interval=50ms", "--hub.erp.dispatch.batch-size=8",
				"--hub.erp.dispatch.concurrency=4"));
		return new SpringApplicationBuilder(DistributionHubApplication.class, SharedErp.class)
			.run(arguments.toArray(String[]::new));
	}

	/** A source of both hubs, not a scanned configuration: other tests' hubs must not pick it up. */
	static class SharedErp {

		@Bean
		RecordingErp recordingErp() {
			return ERP;
		}
	}
}

package org.distributionhub.platform.adapters.in.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

import org.distributionhub.platform.ports.in.FindListenerProgress;
import org.distributionhub.platform.ports.in.FindListenerProgress.ListenerProgressView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class EventListenersHealthTest {

	private static final Duration LIMIT = Duration.ofSeconds(60);

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
	private final CountDownLatch release = new CountDownLatch(1);
	private final CountDownLatch busy = new CountDownLatch(2);

	@BeforeEach
	void twoListenerThreads() {
		pool.setCorePoolSize(2);
		pool.setMaxPoolSize(2);
		pool.setQueueCapacity(10);
		pool.initialize();
	}

	@AfterEach
	void releaseThem() {
		release.countDown();
		pool.shutdown();
	}

	@Test
	void everyThreadBusyWorkQueuedAndNothingEndedForLongerThanTheLimitIsDown() throws Exception {
		occupyEveryThreadAndQueueOne();

		var health = health(Instant.now().minus(LIMIT).minusSeconds(1)).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("threads", 2).containsEntry("busy", 2).containsEntry("queued", 1);
	}

	@Test
	void busyThreadsWhoseDeliveriesKeepEndingAreUp() throws Exception {
		occupyEveryThreadAndQueueOne();

		assertThat(health(Instant.now()).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void idleListenersAreUpHoweverLongAgoTheLastDeliveryEnded() {
		assertThat(health(Instant.now().minus(Duration.ofDays(1))).health().getStatus()).isEqualTo(Status.UP);
	}

	private void occupyEveryThreadAndQueueOne() throws InterruptedException {
		for (int thread = 0; thread < 3; thread++) {
			pool.execute(() -> {
				busy.countDown();
				try {
					release.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		busy.await();
	}

	private EventListenersHealth health(Instant lastFinished) {
		FindListenerProgress progress = () -> new ListenerProgressView(2, 7, lastFinished);
		var executors = new StaticListableBeanFactory(Map.of("applicationTaskExecutor", pool))
			.getBeanProvider(Executor.class);
		return new EventListenersHealth(progress, executors, new HealthLimits(Duration.ofSeconds(5), LIMIT));
	}
}

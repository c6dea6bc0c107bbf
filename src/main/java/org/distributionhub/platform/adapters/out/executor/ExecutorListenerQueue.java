package org.distributionhub.platform.adapters.out.executor;

import java.util.concurrent.Executor;

import org.distributionhub.platform.ports.out.ListenerQueue;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/** The queue of applicationTaskExecutor, which runs the asynchronous module listeners; 0 for another executor. */
@Component
class ExecutorListenerQueue implements ListenerQueue {

	private final Executor executor;

	ExecutorListenerQueue(@Qualifier("applicationTaskExecutor") Executor executor) {
		this.executor = executor;
	}

	@Override
	public int size() {
		return executor instanceof ThreadPoolTaskExecutor pool ? pool.getQueueSize() : 0;
	}
}

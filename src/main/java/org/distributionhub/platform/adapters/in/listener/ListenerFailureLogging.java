package org.distributionhub.platform.adapters.in.listener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * A failing listener is already logged with its reason and recorded for retry; this keeps Spring's async handler from
 * logging each failure again as an unexpected error with a full stack trace (kept at debug level).
 */
@Component
class ListenerFailureLogging implements AsyncConfigurer {

	private static final Logger LOG = LoggerFactory.getLogger(ListenerFailureLogging.class);

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return (failure, method, params) -> LOG.debug("Listener {} failed", method, failure);
	}
}

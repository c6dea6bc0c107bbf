package org.distributionhub.platform.adapters.out.tracing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Module listeners run on the application task executor: the decorator Spring Boot puts on it carries the publishing
 * thread's observation (and with it the trace) over to the listener, so work a request caused stays in its trace.
 */
@Configuration(proxyBeanMethods = false)
class ListenerTraceConfiguration {

	@Bean
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}
}

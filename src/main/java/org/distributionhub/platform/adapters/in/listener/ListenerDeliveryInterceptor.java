package org.distributionhub.platform.adapters.in.listener;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.platform.ports.in.GuardListenerDelivery;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.context.event.EventListener;

/**
 * Runs inside the transaction of every {@code @ApplicationModuleListener}: puts the event's correlation id into the
 * log context, claims the event in the listener's inbox (a redelivered event is acknowledged without running the
 * listener again) and records why an invocation failed before the failure reaches Spring Modulith.
 */
class ListenerDeliveryInterceptor implements MethodInterceptor {

	private static final Logger LOG = LoggerFactory.getLogger(ListenerDeliveryInterceptor.class);

	static final String LISTENER_KEY = "listenerId";
	static final String EVENT_KEY = "eventId";

	private final ObjectProvider<GuardListenerDelivery> guard;

	ListenerDeliveryInterceptor(ObjectProvider<GuardListenerDelivery> guard) {
		this.guard = guard;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		if (arguments.length != 1) {
			return invocation.proceed();
		}
		Object event = arguments[0];
		String listenerId = listenerId(invocation.getMethod());
		UUID eventId = event instanceof IntegrationEvent integration ? integration.eventId() : null;
		CorrelationId correlationId = event instanceof IntegrationEvent integration ? integration.correlationId() : null;
		var previous = MDC.getCopyOfContextMap();
		try {
			if (correlationId != null) {
				MDC.put(Correlation.MDC_KEY, correlationId.value());
			}
			MDC.put(LISTENER_KEY, listenerId);
			if (eventId != null) {
				MDC.put(EVENT_KEY, eventId.toString());
				if (!guard.getObject().firstDelivery(listenerId, eventId)) {
					LOG.info("Event {} was already applied by {}; acknowledging the redelivery without applying it again",
							eventId, listenerId);
					return null;
				}
			}
			return invocation.proceed();
		}
		catch (Throwable failure) {
			try {
				guard.getObject().recordFailure(listenerId, event, eventId, correlationId, failure);
			}
			catch (RuntimeException recording) {
				failure.addSuppressed(recording);
			}
			LOG.warn("Listener {} failed on {}: {}", listenerId, event.getClass().getSimpleName(), failure.toString());
			throw failure;
		}
		finally {
			if (previous == null) {
				MDC.clear();
			}
			else {
				MDC.setContextMap(previous);
			}
		}
	}

	static String listenerId(Method method) {
		EventListener listener = AnnotatedElementUtils.findMergedAnnotation(method, EventListener.class);
		if (listener != null && !listener.id().isBlank()) {
			return listener.id();
		}
		return method.getDeclaringClass().getName() + "." + method.getName() + "("
				+ String.join(", ", Arrays.stream(method.getParameterTypes()).map(Class::getName).toList()) + ")";
	}
}

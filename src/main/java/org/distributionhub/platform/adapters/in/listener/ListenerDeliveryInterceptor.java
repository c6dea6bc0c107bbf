package org.distributionhub.platform.adapters.in.listener;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.platform.ports.in.GuardListenerDelivery;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.WaitingForPrerequisite;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

/**
 * Runs inside the transaction of every {@code @ApplicationModuleListener}: puts the event's correlation id into the
 * log context, claims the event in the listener's inbox (a redelivered event is acknowledged without running the
 * listener again), hands the listener only what a {@link StateEvent} states newer than the listener applied (an event
 * that states nothing newer is acknowledged as superseded) and records why an invocation failed before the failure reaches Spring Modulith.
 */
class ListenerDeliveryInterceptor implements MethodInterceptor {

	private static final Logger LOG = LoggerFactory.getLogger(ListenerDeliveryInterceptor.class);

	static final String LISTENER_KEY = "listenerId";
	static final String EVENT_KEY = "eventId";

	private static final Map<Method, String> LISTENER_IDS = new ConcurrentHashMap<>();

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
				if (event instanceof StateEvent<?> stated && !stated.states().isEmpty()) {
					Object newer = newerPart(stated, invocation.getMethod(), listenerId, eventId);
					if (newer == null) {
						LOG.info("Event {} states only what {} already applied newer; acknowledged as superseded",
								eventId, listenerId);
						return null;
					}
					arguments[0] = newer;
				}
			}
			return invocation.proceed();
		}
		catch (Throwable failure) {
			guard.getObject().recordFailure(listenerId, event, eventId, correlationId, failure);
			var waiting = WaitingForPrerequisite.in(failure);
			if (waiting.isPresent()) {
				LOG.info("Listener {} waits with {}: {}", listenerId, event.getClass().getSimpleName(),
						waiting.get().getMessage());
			}
			else {
				LOG.warn("Listener {} failed on {}: {}", listenerId, event.getClass().getSimpleName(), failure.toString());
			}
			throw failure;
		}
		finally {
			// Spring Modulith's completion advisor, outside this one, finds the publication by the original event.
			arguments[0] = event;
			if (previous == null) {
				MDC.clear();
			}
			else {
				MDC.setContextMap(previous);
			}
		}
	}

	/**
	 * The event narrowed to the objects it states newer than the listener applied them, the event itself when all are
	 * newer, null when none is.
	 */
	private @Nullable Object newerPart(StateEvent<?> event, Method method, String listenerId, UUID eventId) {
		var states = event.states();
		Set<String> newer = guard.getObject()
			.newerStates(method.getDeclaringClass().getName(), listenerId, eventId, states);
		if (newer.isEmpty()) {
			return null;
		}
		return newer.size() == states.size() ? event : event.onlyFor(newer);
	}

	/** The id Spring Modulith registers the publication under: the declared id, else one derived from the method. */
	static String listenerId(Method method) {
		return LISTENER_IDS.computeIfAbsent(method,
				it -> new TransactionalApplicationListenerMethodAdapter("listener", it.getDeclaringClass(), it)
					.getListenerId());
	}
}

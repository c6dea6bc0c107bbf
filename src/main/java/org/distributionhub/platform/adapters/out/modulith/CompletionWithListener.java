package org.distributionhub.platform.adapters.out.modulith;

import java.time.Instant;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.distributionhub.platform.application.DeliveriesInProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's PROCESSING and COMPLETED marks around a guarded listener delivery, each otherwise a transaction
 * of its own. The PROCESSING mark is only noted (which publication this thread delivers) and not written: the
 * publication stays PUBLISHED or RESUBMITTED while its listener runs, which the staleness monitor treats alike. The
 * COMPLETED mark is skipped when the listener's transaction committed the completion already.
 */
class CompletionWithListener implements MethodInterceptor {

	private final ObjectProvider<DeliveriesInProgress> deliveries;

	CompletionWithListener(ObjectProvider<DeliveriesInProgress> deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		String method = invocation.getMethod().getName();
		if (method.equals("markProcessing") && arguments.length == 1 && arguments[0] instanceof UUID id
				&& deliveries.getObject().starting(id)) {
			return null;
		}
		if (method.equals("markCompleted") && arguments.length == 2 && arguments[1] instanceof Instant at) {
			if (arguments[0] instanceof TargetEventPublication publication
					&& deliveries.getObject().completedWithListener(publication.getIdentifier())) {
				publication.markCompleted(at);
				return null;
			}
			if (arguments[0] instanceof UUID id && deliveries.getObject().completedWithListener(id)) {
				return null;
			}
		}
		return invocation.proceed();
	}
}

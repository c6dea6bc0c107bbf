package org.distributionhub.platform.adapters.in.listener;

import java.util.concurrent.CompletionStage;

import org.aopalliance.intercept.MethodInterceptor;
import org.distributionhub.platform.ports.in.CompleteListenerDelivery;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Completes every module listener's publication in the listener's own transaction. One advisor opens the delivery
 * outside Spring Modulith's completion advisor (so Spring Modulith's marks on this thread are known to belong to it);
 * the other, inside the listener's transaction, completes the publication once the listener (and the inbox guard)
 * returned.
 */
@Configuration(proxyBeanMethods = false)
class ListenerCompletionConfiguration {

	/** Inside the transaction advisor, outside the delivery guard. */
	static final int COMPLETION_ORDER = ListenerDeliveryConfiguration.TRANSACTION_ORDER + 50;

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor listenerDeliveryScopeAdvisor(ObjectProvider<CompleteListenerDelivery> completion) {
		MethodInterceptor scope = invocation -> {
			if (invocation.getArguments().length != 1) {
				return invocation.proceed();
			}
			completion.getObject().begin(ListenerDeliveryInterceptor.listenerId(invocation.getMethod()));
			try {
				return invocation.proceed();
			}
			finally {
				completion.getObject().end();
			}
		};
		return advisor(scope, Ordered.HIGHEST_PRECEDENCE);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor listenerCompletionAdvisor(ObjectProvider<CompleteListenerDelivery> completion) {
		MethodInterceptor complete = invocation -> {
			Object result = invocation.proceed();
			// A listener that answers with a future has not finished its work when it returns.
			if (invocation.getArguments().length == 1 && !(result instanceof CompletionStage<?>)) {
				completion.getObject()
					.completeWithListenerWork(ListenerDeliveryInterceptor.listenerId(invocation.getMethod()));
			}
			return result;
		};
		return advisor(complete, COMPLETION_ORDER);
	}

	private static DefaultPointcutAdvisor advisor(MethodInterceptor interceptor, int order) {
		var advisor = new DefaultPointcutAdvisor(
				new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true), interceptor);
		advisor.setOrder(order);
		return advisor;
	}
}

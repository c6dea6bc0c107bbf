package org.distributionhub.platform.adapters.in.listener;

import java.time.Clock;

import org.distributionhub.platform.ports.in.GuardListenerDelivery;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Puts {@link ListenerDeliveryInterceptor} around every module listener, inside the listener's transaction: the
 * transaction advisor is ordered before it, so the inbox claim commits or rolls back with the listener's own work.
 * Spring Modulith's completion advisor (highest precedence) stays outermost.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = ListenerDeliveryConfiguration.TRANSACTION_ORDER)
class ListenerDeliveryConfiguration {

	static final int TRANSACTION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor listenerDeliveryAdvisor(ObjectProvider<GuardListenerDelivery> guard) {
		var advisor = new DefaultPointcutAdvisor(
				new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true),
				new ListenerDeliveryInterceptor(guard));
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
		return advisor;
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}

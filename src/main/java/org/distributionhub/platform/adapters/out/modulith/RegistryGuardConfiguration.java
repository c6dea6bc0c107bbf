package org.distributionhub.platform.adapters.out.modulith;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.distributionhub.platform.application.DeliveriesInProgress;
import org.distributionhub.platform.application.ListenerFailures;
import org.distributionhub.platform.application.NodeMembership;
import org.distributionhub.platform.application.StaleDeliveries;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.Staleness;

/**
 * Puts {@link GuardedPublicationRepository}, {@link StampedPublicationInsert} and {@link CompletionWithListener} in
 * front of Spring Modulith's
 * publication repository.
 */
@Configuration(proxyBeanMethods = false)
class RegistryGuardConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static BeanPostProcessor guardPublicationRepository(ObjectProvider<JdbcClient> jdbc,
			ObjectProvider<DataSource> dataSource, ObjectProvider<DeliveryAttempts> attempts, ObjectProvider<ListenerFailures> failures,
			ObjectProvider<Clock> clock, ObjectProvider<EventSerializer> serializer,
			ObjectProvider<NodeMembership> node, ObjectProvider<DeliveriesInProgress> deliveries,
			ObjectProvider<StaleDeliveries> stale, ObjectProvider<Staleness> staleness) {
		Supplier<UUID> currentRun = () -> node.getObject().run().runId();
		var guard = new GuardedPublicationRepository(jdbc, attempts, failures, clock, currentRun, stale, staleness);
		var stamp = new NameMatchMethodPointcutAdvisor(new StampedPublicationInsert(jdbc, dataSource, serializer,
				deliveries, currentRun));
		stamp.setMappedName("create");
		var completion = completionWithListener(deliveries);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof EventPublicationRepository)) {
					return bean;
				}
				var proxy = new ProxyFactory(bean);
				proxy.addInterface(EventPublicationRepository.class);
				var advisor = new NameMatchMethodPointcutAdvisor(guard);
				advisor.setMappedNames("markResubmitted", "markFailed", "findByStatus");
				proxy.addAdvisor(advisor);
				proxy.addAdvisor(stamp);
				proxy.addAdvisor(completion);
				return proxy.getProxy(EventPublicationRepository.class.getClassLoader());
			}
		};
	}

	private static NameMatchMethodPointcutAdvisor completionWithListener(
			ObjectProvider<DeliveriesInProgress> deliveries) {
		var advisor = new NameMatchMethodPointcutAdvisor(new CompletionWithListener(deliveries));
		advisor.setMappedNames("markProcessing", "markCompleted");
		return advisor;
	}
}

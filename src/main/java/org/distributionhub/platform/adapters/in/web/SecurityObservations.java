package org.distributionhub.platform.adapters.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security makes no observations of its own: no span or timer per filter of every chain, per authentication
 * and per authorization. Each request is still observed once as {@code http.server.requests} (metrics, the trace and
 * its correlation id), and sign-in failures, lockouts and refusals have the hub's own metrics and audit entries.
 * Observing every filter cost about a tenth of a partner request's CPU (docs/adr/0017, "Cost per operation").
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}
}

package org.distributionhub.console.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Hashes console passwords with bcrypt behind a "{id}" prefix, so a later algorithm can take over gradually. */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}

package org.distributionhub.platform.adapters.in.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds {@code Deprecation}, {@code Sunset} and {@code Link: <successor>; rel="successor-version"} to every answer of
 * an operation marked {@link org.distributionhub.platform.api.DeprecatedApi}, before the handler runs, so problems
 * carry them too.
 */
@Configuration(proxyBeanMethods = false)
class DeprecationHeaders implements WebMvcConfigurer, HandlerInterceptor {

	private final Map<Method, Optional<DeprecationNotice>> notices = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(ApiFrameworkProblems.API + "**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			notices.computeIfAbsent(method.getMethod(), it -> Optional.ofNullable(DeprecationNotice.of(method)))
				.ifPresent(notice -> write(notice, response));
		}
		return true;
	}

	static void write(DeprecationNotice notice, HttpServletResponse response) {
		response.setHeader("Deprecation", notice.deprecationHeader());
		response.setHeader("Sunset", notice.sunsetHeader());
		String link = notice.linkHeader();
		if (link != null) {
			response.addHeader(HttpHeaders.LINK, link);
		}
	}
}

package org.distributionhub.platform.adapters.in.web;

import java.util.Set;

import org.distributionhub.platform.api.Intake;
import org.distributionhub.platform.ports.in.FindBacklog;
import org.distributionhub.platform.problems.Unavailable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Back-pressure at intake: while the delivery backlog is past its limit, an operation marked {@link Intake} answers
 * 503 with Retry-After before its body is read, so nothing is stored. It asks the backlog monitor's last sample.
 */
@Component
class IntakeBackpressure implements HandlerInterceptor, WebMvcConfigurer {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final FindBacklog backlog;

	IntakeBackpressure(FindBacklog backlog) {
		this.backlog = backlog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(ApiFrameworkProblems.API + "**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || !isIntake(method, request.getMethod())) {
			return true;
		}
		var view = backlog.backlog();
		if (!view.refusing()) {
			return true;
		}
		long wait = Long.parseLong(Unavailable.retryAfter(view.retryAfter()));
		Unavailable.write(request, response, Unavailable.problem("Hub is behind", "The hub is behind: "
				+ view.waiting() + " events waiting, oldest " + view.oldestAge().toSeconds() + " s, " + view.queued()
				+ " queued (limits " + view.maxBacklog() + " events, " + view.maxAge().toSeconds()
				+ " s); nothing was stored, send again after " + wait + " s"), view.retryAfter());
		return false;
	}

	private static boolean isIntake(HandlerMethod method, String httpMethod) {
		if (method.hasMethodAnnotation(Intake.class)) {
			return true;
		}
		return !READS.contains(httpMethod)
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Intake.class);
	}
}

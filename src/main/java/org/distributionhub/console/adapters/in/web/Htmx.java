package org.distributionhub.console.adapters.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/** Tells an htmx request for a fragment from a request for a whole page (a history restore wants the whole page). */
final class Htmx {

	private Htmx() {
	}

	static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}
}

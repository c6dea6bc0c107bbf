package org.distributionhub.console.adapters.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Picks a page's "results" fragment for an htmx request and the whole page otherwise (a history restore wants the
 * whole page too), and says so in Vary, so no cache hands a fragment to a full page load.
 */
final class Htmx {

	private Htmx() {
	}

	static String view(HttpServletRequest request, HttpServletResponse response, String page) {
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		boolean fragment = "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
		return fragment ? page + " :: results" : page;
	}
}

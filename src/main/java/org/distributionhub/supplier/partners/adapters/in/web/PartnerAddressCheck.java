package org.distributionhub.supplier.partners.adapters.in.web;

import java.io.IOException;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.api.AddressRange;
import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a partner call, once its key is checked, from an address outside its supplier's address allow-list with a
 * 403 problem naming the address. The address is the request's remote address: behind a reverse proxy, set
 * server.forward-headers-strategy so it is the client's. Part of the partner chain only, never a servlet filter.
 */
final class PartnerAddressCheck extends OncePerRequestFilter {

	private final FindPartnerPolicy policies;

	PartnerAddressCheck(FindPartnerPolicy policies) {
		this.policies = policies;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PartnerKeyAuthentication partner
				&& partner.isAuthenticated()) {
			var policy = policies.policy(partner.getName()).orElse(null);
			var address = AddressRange.literal(request.getRemoteAddr());
			if (policy != null && (address == null ? !policy.addressAllowList().isEmpty() : !policy.admits(address))) {
				ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.FORBIDDEN, "Address not allowed",
						"Address " + request.getRemoteAddr() + " is not on the address allow-list of supplier "
								+ partner.getName() + " (policy pack " + policy.packName() + ")"));
				return;
			}
		}
		chain.doFilter(request, response);
	}
}

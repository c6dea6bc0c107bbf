package org.distributionhub.console.adapters.in.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.distributionhub.platform.api.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a signed-in console user is granted: their role, and while their password must be changed a mark that lets
 * them do nothing else (the {@link AccountStateFilter} sends them to the change page).
 */
final class AccountAuthorities {

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private AccountAuthorities() {
	}

	static List<GrantedAuthority> of(StaffRole role, boolean mustChangePassword) {
		var authorities = new ArrayList<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		if (mustChangePassword) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return List.copyOf(authorities);
	}

	static Set<String> names(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

	static Set<String> names(List<GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}
}

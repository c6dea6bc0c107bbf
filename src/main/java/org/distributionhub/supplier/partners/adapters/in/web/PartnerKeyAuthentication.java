package org.distributionhub.supplier.partners.adapters.in.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A partner call's API key: before checking, the key as presented; after, the supplier it belongs to (the
 * authentication's name) with the role PARTNER and the id of the key used. The secret is dropped once checked.
 */
public final class PartnerKeyAuthentication extends AbstractAuthenticationToken {

	private final String principal;
	private @Nullable String presentedKey;
	private final @Nullable String keyId;

	private PartnerKeyAuthentication(String presentedKey) {
		super(List.of());
		this.principal = "";
		this.presentedKey = presentedKey;
		this.keyId = null;
	}

	private PartnerKeyAuthentication(String supplierId, String keyId) {
		super(List.of(new SimpleGrantedAuthority("ROLE_PARTNER")));
		this.principal = supplierId;
		this.presentedKey = null;
		this.keyId = keyId;
		super.setAuthenticated(true);
	}

	static PartnerKeyAuthentication presented(String key) {
		return new PartnerKeyAuthentication(key);
	}

	static PartnerKeyAuthentication authenticated(String supplierId, String keyId) {
		return new PartnerKeyAuthentication(supplierId, keyId);
	}

	/** The id of the key the partner used (never its secret), for logs and audit. */
	public @Nullable String keyId() {
		return keyId;
	}

	@Override
	public @Nullable Object getCredentials() {
		return presentedKey;
	}

	@Override
	public Object getPrincipal() {
		return principal;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("Only the API key check marks a partner authenticated");
		}
		super.setAuthenticated(false);
	}

	@Override
	public void eraseCredentials() {
		presentedKey = null;
	}
}

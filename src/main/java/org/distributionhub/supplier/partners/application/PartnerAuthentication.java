package org.distributionhub.supplier.partners.application;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.domain.ApiKeyToken;
import org.distributionhub.supplier.partners.ports.in.AuthenticatePartner;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.springframework.stereotype.Service;

/**
 * Checks a partner's API key: the key id names the stored key (one lookup by primary key, answered from the
 * adapter's short-lived cache when it can), then the secret's hash is compared in constant time; a revoked key or
 * one past its expiry is refused, saying so. The time of last
 * use is written at most every few minutes per key, so a busy partner costs no extra commit per call.
 */
@Service
class PartnerAuthentication implements AuthenticatePartner {

	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final ApiKeys keys;
	private final PartnerProfiles profiles;
	private final Clock clock;

	PartnerAuthentication(ApiKeys keys, PartnerProfiles profiles, Clock clock) {
		this.keys = keys;
		this.profiles = profiles;
		this.clock = clock;
	}

	@Override
	public Outcome authenticate(String presentedKey) {
		var token = ApiKeyToken.parse(presentedKey).orElse(null);
		if (token == null) {
			return new Refused("Not a Distribution Hub API key (they look like dh_<key id>_<secret>)");
		}
		var key = keys.find(token.keyId()).orElse(null);
		if (key == null || !key.matches(token)) {
			return new Refused("Unknown or wrong API key");
		}
		var now = clock.instant();
		if (!key.accepts(token)) {
			return new Refused("This API key was revoked");
		}
		if (key.status(now) == ApiKey.Status.EXPIRED) {
			return new Refused("This API key expired on " + EXPIRY.format(key.expiresAt()));
		}
		if (!profiles.find(key.supplierId()).map(PartnerProfile::active).orElse(false)) {
			return new Refused("The supplier of this API key is deactivated");
		}
		if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
			keys.recordUse(key.keyId(), now, now.minus(LAST_USE_PRECISION));
		}
		return new Authenticated(key.supplierId(), key.keyId());
	}
}

package org.distributionhub.supplier.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final SecureRandom random = new SecureRandom();

	@Test
	void anIssuedKeyIsHandedOverOnceAndOnlyItsHashIsKept() {
		var issued = ApiKey.issue("acme", "portal", "admin", NOW, random);
		String whole = issued.token().reveal();

		assertThat(whole).matches("dh_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
		assertThat(whole).startsWith("dh_" + issued.key().keyId() + "_");
		assertThat(issued.key().secretHash()).matches("[0-9a-f]{64}").isNotEqualTo(whole.substring(20));
		assertThat(issued.key().toString()).doesNotContain(whole.substring(20));
		assertThat(issued.token().toString()).isEqualTo("dh_" + issued.key().keyId() + "_***");
		assertThat(issued.key()).extracting(ApiKey::supplierId, ApiKey::label, ApiKey::createdAt, ApiKey::createdBy)
			.containsExactly("acme", "portal", NOW, "admin");
	}

	@Test
	void theKeyAcceptsItsOwnTokenAndNoOther() {
		var issued = ApiKey.issue("acme", "portal", "admin", NOW, random);
		var other = ApiKey.issue("acme", "portal", "admin", NOW, random);
		String whole = issued.token().reveal();
		String wrongSecret = whole.substring(0, whole.length() - 1) + (whole.endsWith("A") ? "B" : "A");

		assertThat(issued.key().accepts(ApiKeyToken.parse(whole).orElseThrow())).isTrue();
		assertThat(issued.key().accepts(ApiKeyToken.parse(" " + whole + " ").orElseThrow())).isTrue();
		assertThat(issued.key().accepts(ApiKeyToken.parse(wrongSecret).orElseThrow())).isFalse();
		assertThat(issued.key().accepts(other.token())).isFalse();
	}

	@Test
	void aRevokedKeyStillMatchesButNoLongerWorksAndKeepsItsFirstRevocationTime() {
		var issued = ApiKey.issue("acme", "portal", "admin", NOW, random);
		var revoked = issued.key().revoke(NOW.plusSeconds(60));

		assertThat(revoked.isActive()).isFalse();
		assertThat(revoked.matches(issued.token())).isTrue();
		assertThat(revoked.accepts(issued.token())).isFalse();
		assertThat(revoked.revoke(NOW.plusSeconds(120)).revokedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void onlyValuesShapedLikeOurKeysAreReadAsTokens() {
		var whole = ApiKey.issue("acme", "portal", "admin", NOW, random).token().reveal();

		assertThat(ApiKeyToken.parse("")).isEmpty();
		assertThat(ApiKeyToken.parse("secret")).isEmpty();
		assertThat(ApiKeyToken.parse(whole.replace("dh_", "xx_"))).isEmpty();
		assertThat(ApiKeyToken.parse(whole.toUpperCase())).isEmpty();
		assertThat(ApiKeyToken.parse(whole + "x")).isEmpty();
		assertThat(ApiKeyToken.parse(whole.substring(0, whole.length() - 1))).isEmpty();
	}

	@Test
	void everyIssueMakesANewIdAndSecret() {
		var ids = new HashSet<String>();
		var tokens = new HashSet<String>();
		for (int i = 0; i < 200; i++) {
			var issued = ApiKey.issue("acme", "k", "admin", NOW, random);
			ids.add(issued.key().keyId());
			tokens.add(issued.token().reveal());
		}
		assertThat(ids).hasSize(200);
		assertThat(tokens).hasSize(200);
	}

	@Test
	void aLabelIsRequiredAndShort() {
		assertThatThrownBy(() -> ApiKey.issue("acme", " ", "admin", NOW, random))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("label");
		assertThatThrownBy(() -> ApiKey.issue("acme", "x".repeat(101), "admin", NOW, random))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aKeyPastItsExpiryIsExpiredAndExpiringOrRevokingLaterKeepsWhatHappenedFirst() {
		var key = ApiKey.issue("acme", "portal", "admin", NOW, NOW.plusSeconds(60), random).key();

		assertThat(key.status(NOW.plusSeconds(59))).isEqualTo(ApiKey.Status.ACTIVE);
		assertThat(key.status(NOW.plusSeconds(60))).isEqualTo(ApiKey.Status.EXPIRED);
		var expiredEarly = key.expire(NOW.plusSeconds(10));
		assertThat(expiredEarly.expiresAt()).isEqualTo(NOW.plusSeconds(10));
		assertThat(expiredEarly.expire(NOW.plusSeconds(30))).isEqualTo(expiredEarly);
		assertThat(expiredEarly.revoke(NOW.plusSeconds(40)).status(NOW.plusSeconds(40)))
			.isEqualTo(ApiKey.Status.REVOKED);
		assertThatThrownBy(() -> ApiKey.issue("acme", "late", "admin", NOW, NOW, random))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A new key's expiry must lie in the future");
	}
}

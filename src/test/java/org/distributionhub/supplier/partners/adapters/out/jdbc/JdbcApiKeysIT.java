package org.distributionhub.supplier.partners.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API keys stored as hashes, revoked, and their use noted at most once per interval. */
@SpringBootTest
class JdbcApiKeysIT {

	@Autowired
	ApiKeys keys;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	JdbcClient jdbc;

	private final String supplier = "keys-" + UUID.randomUUID().toString().substring(0, 8);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@BeforeEach
	void aSupplier() {
		profiles.save(new PartnerProfile(supplier, "Key test", Set.of(Channel.CSV), Channel.CSV, null, null,
				Duration.ofHours(1), RemainderPolicy.CANCEL, Map.of(), List.of(), true));
	}

	@Test
	void aKeyIsStoredWithoutItsSecretAndFoundByItsId() {
		var issued = ApiKey.issue(supplier, "portal", "admin", now, new SecureRandom());
		keys.add(issued.key());

		assertThat(keys.find(issued.key().keyId())).contains(issued.key());
		String secret = issued.token().reveal().substring(20);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier_api_key WHERE secret_hash = ? OR label = ?")
			.params(secret, secret).query(Long.class).single()).isZero();
		assertThat(keys.find("0000000000000000")).isEmpty();
	}

	@Test
	void aRevocationIsSeenAtOnceAndKeysAreListedNewestFirst() {
		var older = ApiKey.issue(supplier, "old", "admin", now.minusSeconds(60), new SecureRandom()).key();
		var newer = ApiKey.issue(supplier, "new", "admin", now, new SecureRandom()).key();
		keys.add(older);
		keys.add(newer);
		assertThat(keys.find(older.keyId()).orElseThrow().isActive()).isTrue();

		keys.update(older.revoke(now));

		assertThat(keys.find(older.keyId()).orElseThrow().revokedAt()).isEqualTo(now);
		assertThat(keys.bySupplier(supplier)).extracting(ApiKey::label).containsExactly("new", "old");
	}

	@Test
	void aUseIsWrittenOnlyWhenTheLastOneIsOlderThanTheGivenTime() {
		var key = ApiKey.issue(supplier, "portal", "admin", now, new SecureRandom()).key();
		keys.add(key);

		keys.recordUse(key.keyId(), now, now.minusSeconds(300));
		keys.recordUse(key.keyId(), now.plusSeconds(10), now.minusSeconds(290));
		assertThat(keys.find(key.keyId()).orElseThrow().lastUsedAt()).isEqualTo(now);

		keys.recordUse(key.keyId(), now.plusSeconds(400), now.plusSeconds(100));
		assertThat(keys.find(key.keyId()).orElseThrow().lastUsedAt()).isEqualTo(now.plusSeconds(400));
	}
}

package org.distributionhub.supplier.partners.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Profiles stored and read back on H2 and PostgreSQL, the cross-reference written as a difference, the cache. */
@SpringBootTest
class JdbcPartnerProfilesIT {

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PartnerProfileRowRepository rows;

	@Autowired
	JdbcAggregateOperations aggregates;

	@Autowired
	PlatformTransactionManager transactions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aProfileIsReadBackAsItWasSaved() {
		var profile = new PartnerProfile(id("acme"), "ACME Books", Set.of(Channel.X12, Channel.API), Channel.X12,
				new EdiIdentity("ZZ", "S" + run, "G" + run), URI.create("https://acme.example.com/po"),
				Duration.ofHours(36), RemainderPolicy.BACKORDER, Map.of("AC", "ACCEPTED", "KK", "REJECTED"),
				List.of(item("P-1", "SKU-1", "12"), item("P-2", "SKU-2", "0.5")), true,
				org.distributionhub.supplier.partners.api.PartnerPhase.LIVE, false,
				org.distributionhub.supplier.partners.api.PriceChangeSource.CTP);

		profiles.save(profile);

		assertThat(profiles.find(id("acme"))).contains(profile);
		assertThat(fromDatabase(id("acme"))).isEqualTo(profile);
		assertThat(profiles.findAll()).contains(profile);
	}

	@Test
	void aSenderIsFoundByQualifierAndIdIgnoringCaseAndX12Padding() {
		profiles.save(x12(id("acme"), "S" + run, List.of()));

		assertThat(profiles.findByEdiSender("zz", ("s" + run + "     ").toLowerCase())).map(PartnerProfile::supplierId)
			.contains(id("acme"));
		assertThat(profiles.findByEdiSender("01", "S" + run)).isEmpty();
		assertThat(profiles.findByEdiSender("ZZ", "NOBODY" + run)).isEmpty();
	}

	@Test
	void aChangedSenderIsFoundUnderItsNewIdentityOnlyAndAnUnknownOneOnceItExists() {
		assertThat(profiles.findByEdiSender("ZZ", "NEW" + run)).isEmpty();
		profiles.save(x12(id("acme"), "OLD" + run, List.of()));
		assertThat(profiles.findByEdiSender("ZZ", "OLD" + run)).isPresent();

		profiles.save(x12(id("acme"), "NEW" + run, List.of()));

		assertThat(profiles.findByEdiSender("ZZ", "OLD" + run)).isEmpty();
		assertThat(profiles.findByEdiSender("ZZ", "NEW" + run)).map(PartnerProfile::supplierId).contains(id("acme"));
	}

	@Test
	void aFewChangesToALargeCrossReferenceAreStoredExactly() {
		var items = new ArrayList<ItemMapping>();
		for (int i = 0; i < 3000; i++) {
			items.add(item("P-" + i, "SKU-" + i, "1"));
		}
		profiles.save(x12(id("big"), "B" + run, items));
		var before = itemRows(id("big"));

		items.set(5, item("P-5", "SKU-5", "6"));
		items.remove(10);
		items.add(item("P-NEW", "SKU-NEW", "12"));
		var changed = x12(id("big"), "B" + run, items);
		profiles.save(changed);

		assertThat(profiles.find(id("big"))).contains(byPart(changed));
		assertThat(fromDatabase(id("big"))).isEqualTo(byPart(changed));
		assertThat(before).hasSize(3000);
		assertThat(jdbc.sql("SELECT factor FROM supplier_item WHERE supplier_id = ? AND supplier_part = 'P-5'")
			.param(id("big")).query(BigDecimal.class).single()).isEqualByComparingTo("6");
	}

	@Test
	void aSaveIsSeenAtOnceAndARolledBackSaveNeverReachesTheCache() {
		profiles.save(x12(id("acme"), "S" + run, List.of()));
		assertThat(profiles.find(id("acme")).orElseThrow().name()).isEqualTo("ACME");

		var renamed = rename(profiles.find(id("acme")).orElseThrow(), "ACME Renamed");
		profiles.save(renamed);
		assertThat(profiles.find(id("acme"))).contains(renamed);

		var inTransaction = new TransactionTemplate(transactions);
		inTransaction.executeWithoutResult(status -> {
			profiles.save(rename(renamed, "Never committed"));
			assertThat(profiles.find(id("acme")).orElseThrow().name()).isEqualTo("Never committed");
			status.setRollbackOnly();
		});

		assertThat(profiles.find(id("acme"))).contains(renamed);
	}

	@Test
	void aProfileChangedBehindTheCacheShowsAfterTheTimeToLiveOnly() {
		var cache = new long[] { 0 };
		var shortCache = new ExpiringCache<String, String>(Duration.ofSeconds(30), 100, () -> cache[0]);
		var database = new String[] { "first" };

		assertThat(shortCache.get("k", key -> database[0])).isEqualTo("first");
		database[0] = "second";
		cache[0] = Duration.ofSeconds(29).toNanos();
		assertThat(shortCache.get("k", key -> database[0])).isEqualTo("first");
		cache[0] = Duration.ofSeconds(30).toNanos();
		assertThat(shortCache.get("k", key -> database[0])).isEqualTo("second");
	}

	/** Read past the cache, by an adapter that keeps nothing. */
	private PartnerProfile fromDatabase(String supplierId) {
		return new JdbcPartnerProfiles(rows, aggregates, jdbc, jdbcTemplate, Clock.systemUTC(),
				new SupplierCacheProperties(Duration.ZERO, Duration.ZERO))
			.find(supplierId)
			.orElseThrow();
	}

	/** The profile as the database gives it back: items by supplier part. */
	private static PartnerProfile byPart(PartnerProfile profile) {
		return profile.withItems(profile.items().stream()
			.sorted(Comparator.comparing(ItemMapping::supplierPart))
			.toList());
	}

	private List<String> itemRows(String supplierId) {
		return jdbc.sql("SELECT supplier_part FROM supplier_item WHERE supplier_id = ?").param(supplierId)
			.query(String.class).list();
	}

	private String id(String name) {
		return name + "-" + run;
	}

	private static PartnerProfile x12(String supplierId, String ediId, List<ItemMapping> items) {
		return new PartnerProfile(supplierId, "ACME", Set.of(Channel.X12), Channel.X12,
				new EdiIdentity("ZZ", ediId, ediId), null, Duration.ofHours(48), RemainderPolicy.CANCEL, Map.of(),
				items, true);
	}

	private static PartnerProfile rename(PartnerProfile p, String name) {
		return new PartnerProfile(p.supplierId(), name, p.inboundChannels(), p.purchaseOrderChannel(), p.ediIdentity(),
				p.webhookUrl(), p.acknowledgementDue(), p.remainderPolicy(), p.codeMap(), p.items(), p.active());
	}

	private static ItemMapping item(String part, String sku, String factor) {
		return new ItemMapping(part, new Sku(sku), null, new UnitOfMeasure("CA"), UnitOfMeasure.EACH,
				new BigDecimal(factor));
	}
}

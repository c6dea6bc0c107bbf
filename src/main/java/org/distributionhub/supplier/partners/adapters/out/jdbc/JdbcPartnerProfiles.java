package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Profiles in supplier_profile, kept in memory (see {@link ExpiringCache}) because every partner message reads its
 * sender's profile. The profile with its inbound channels and code map is a Spring Data JDBC aggregate
 * ({@link PartnerProfileRow}); the item cross-reference stays hand-written, because Spring Data JDBC would delete
 * and reinsert all of it on every save, while a save here rewrites only the item rows that changed, so one new
 * mapping in a cross-reference of thousands is a single insert.
 */
@Repository
class JdbcPartnerProfiles implements PartnerProfiles {

	private final PartnerProfileRowRepository rows;
	private final JdbcAggregateOperations aggregates;
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Clock clock;
	private final ExpiringCache<String, PartnerProfile> profiles;
	private final ExpiringCache<String, String> suppliersBySender;

	JdbcPartnerProfiles(PartnerProfileRowRepository rows, JdbcAggregateOperations aggregates, JdbcClient jdbc,
			JdbcTemplate batch, Clock clock, SupplierCacheProperties cache) {
		this.rows = rows;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.profiles = new ExpiringCache<>(cache.profiles(), 10_000);
		this.suppliersBySender = new ExpiringCache<>(cache.profiles(), 10_000);
	}

	@Override
	public Optional<PartnerProfile> find(String supplierId) {
		return Optional.ofNullable(profiles.get(supplierId, this::load));
	}

	@Override
	public Optional<PartnerProfile> findByEdiSender(String qualifier, String id) {
		String supplierId = suppliersBySender.get(sender(qualifier, id),
				sender -> rows.findSupplierIdBySender(sender).orElse(null));
		return supplierId == null ? Optional.empty()
				: find(supplierId).filter(it -> it.ediIdentity() != null && it.ediIdentity().matches(qualifier, id));
	}

	@Override
	public List<PartnerProfile> findAll() {
		return rows.findAllSupplierIds().stream().map(this::find).flatMap(Optional::stream).toList();
	}

	@Override
	public void save(PartnerProfile profile) {
		String id = profile.supplierId();
		var row = PartnerProfileRow.of(profile, clock.instant());
		if (rows.existsById(id)) {
			aggregates.update(row);
		}
		else {
			aggregates.insert(row);
		}
		saveItems(id, profile.items());
		profiles.written(id);
		suppliersBySender.writtenAll();
	}

	/** Writes the difference between the stored cross-reference and the given one. */
	private void saveItems(String supplierId, List<ItemMapping> items) {
		Map<String, ItemMapping> stored = items(supplierId).stream()
			.collect(Collectors.toMap(ItemMapping::supplierPart, it -> it));
		var wanted = new HashMap<String, ItemMapping>();
		items.forEach(it -> wanted.put(it.supplierPart(), it));
		var removed = stored.keySet().stream().filter(it -> !wanted.containsKey(it))
			.map(it -> new Object[] { supplierId, it })
			.toList();
		var added = items.stream().filter(it -> !stored.containsKey(it.supplierPart()))
			.map(it -> itemValues(supplierId, it))
			.toList();
		var changed = items.stream()
			.filter(it -> stored.containsKey(it.supplierPart()) && !stored.get(it.supplierPart()).equals(it))
			.map(it -> itemValues(supplierId, it))
			.toList();
		batch.batchUpdate("DELETE FROM supplier_item WHERE supplier_id = ? AND supplier_part = ?", removed);
		batch.batchUpdate("""
				INSERT INTO supplier_item (supplier_id, supplier_part, sku, gtin, supplier_unit, our_unit, factor)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", added);
		batch.batchUpdate("""
				UPDATE supplier_item SET sku = ?, gtin = ?, supplier_unit = ?, our_unit = ?, factor = ?
				WHERE supplier_id = ? AND supplier_part = ?""",
				changed.stream().map(it -> new Object[] { it[2], it[3], it[4], it[5], it[6], it[0], it[1] }).toList());
	}

	private static Object[] itemValues(String supplierId, ItemMapping item) {
		return new Object[] { supplierId, item.supplierPart(), item.sku().code(), item.gtin(), item.supplierUnit().code(),
				item.ourUnit().code(), item.factor() };
	}

	private @Nullable PartnerProfile load(String supplierId) {
		return rows.findById(supplierId).map(row -> row.toProfile(items(supplierId))).orElse(null);
	}

	private List<ItemMapping> items(String supplierId) {
		return jdbc.sql("""
				SELECT supplier_part, sku, gtin, supplier_unit, our_unit, factor FROM supplier_item
				WHERE supplier_id = ? ORDER BY supplier_part""")
			.param(supplierId)
			.query((rs, row) -> new ItemMapping(rs.getString(1), new Sku(rs.getString(2)), rs.getString(3),
					new UnitOfMeasure(rs.getString(4)), new UnitOfMeasure(rs.getString(5)),
					Objects.requireNonNull(rs.getBigDecimal(6))))
			.list();
	}

	/** An EDI sender as stored in edi_sender: qualifier and id in capitals, X12's padding removed. */
	static String sender(String qualifier, String id) {
		return (qualifier.strip() + ":" + id.strip()).toUpperCase(Locale.ROOT);
	}
}

package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.partners.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Profiles in supplier_profile with their inbound channels, code map and item cross-reference, kept in memory
 * (see {@link ExpiringCache}) because every partner message reads its sender's profile. A save rewrites only the
 * item rows that changed, so one new mapping in a cross-reference of thousands is a single insert.
 */
@Repository
class JdbcPartnerProfiles implements PartnerProfiles {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Clock clock;
	private final ExpiringCache<String, PartnerProfile> profiles;
	private final ExpiringCache<String, String> suppliersBySender;

	JdbcPartnerProfiles(JdbcClient jdbc, JdbcTemplate batch, Clock clock, SupplierCacheProperties cache) {
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
		String supplierId = suppliersBySender.get(sender(qualifier, id), sender -> jdbc
			.sql("SELECT supplier_id FROM supplier_profile WHERE edi_sender = ?")
			.param(sender)
			.query(String.class)
			.optional()
			.orElse(null));
		return supplierId == null ? Optional.empty()
				: find(supplierId).filter(it -> it.ediIdentity() != null && it.ediIdentity().matches(qualifier, id));
	}

	@Override
	public List<PartnerProfile> findAll() {
		return jdbc.sql("SELECT supplier_id FROM supplier_profile ORDER BY supplier_id")
			.query(String.class)
			.list()
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.toList();
	}

	@Override
	public void save(PartnerProfile profile) {
		String id = profile.supplierId();
		var edi = profile.ediIdentity();
		Object[] values = { profile.name(), profile.purchaseOrderChannel().name(),
				edi == null ? null : edi.qualifier(), edi == null ? null : edi.id(), edi == null ? null : edi.groupId(),
				edi == null ? null : sender(edi.qualifier(), edi.id()),
				profile.webhookUrl() == null ? null : profile.webhookUrl().toString(),
				profile.acknowledgementDue().toString(), profile.remainderPolicy().name(), profile.active(),
				Timestamp.from(clock.instant()), id };
		int updated = jdbc.sql("""
				UPDATE supplier_profile SET name = ?, purchase_order_channel = ?, edi_qualifier = ?, edi_id = ?,
				    edi_group_id = ?, edi_sender = ?, webhook_url = ?, acknowledgement_due = ?, remainder_policy = ?,
				    active = ?, updated_at = ?
				WHERE supplier_id = ?""").params(values).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO supplier_profile (name, purchase_order_channel, edi_qualifier, edi_id, edi_group_id,
					    edi_sender, webhook_url, acknowledgement_due, remainder_policy, active, updated_at, supplier_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
		}
		jdbc.sql("DELETE FROM supplier_inbound_channel WHERE supplier_id = ?").param(id).update();
		batch.batchUpdate("INSERT INTO supplier_inbound_channel (supplier_id, channel) VALUES (?, ?)",
				profile.inboundChannels().stream().map(it -> new Object[] { id, it.name() }).toList());
		jdbc.sql("DELETE FROM supplier_code_map WHERE supplier_id = ?").param(id).update();
		batch.batchUpdate("INSERT INTO supplier_code_map (supplier_id, partner_code, line_outcome) VALUES (?, ?, ?)",
				profile.codeMap().entrySet().stream().map(it -> new Object[] { id, it.getKey(), it.getValue() }).toList());
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
		return jdbc.sql("SELECT * FROM supplier_profile WHERE supplier_id = ?")
			.param(supplierId)
			.query((rs, row) -> toProfile(rs))
			.optional()
			.orElse(null);
	}

	private PartnerProfile toProfile(ResultSet rs) throws SQLException {
		String id = rs.getString("supplier_id");
		var channels = jdbc.sql("SELECT channel FROM supplier_inbound_channel WHERE supplier_id = ?")
			.param(id)
			.query((r, n) -> Channel.valueOf(r.getString(1)))
			.set();
		var codes = new HashMap<String, String>();
		jdbc.sql("SELECT partner_code, line_outcome FROM supplier_code_map WHERE supplier_id = ?")
			.param(id)
			.query(r -> {
				codes.put(r.getString(1), r.getString(2));
			});
		String qualifier = rs.getString("edi_qualifier");
		String webhook = rs.getString("webhook_url");
		return new PartnerProfile(id, rs.getString("name"), channels,
				Channel.valueOf(rs.getString("purchase_order_channel")),
				qualifier == null ? null
						: new EdiIdentity(qualifier, rs.getString("edi_id"), rs.getString("edi_group_id")),
				webhook == null ? null : URI.create(webhook), Duration.parse(rs.getString("acknowledgement_due")),
				RemainderPolicy.valueOf(rs.getString("remainder_policy")), codes, items(id), rs.getBoolean("active"));
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

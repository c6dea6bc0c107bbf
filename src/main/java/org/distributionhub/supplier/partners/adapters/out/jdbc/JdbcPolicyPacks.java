package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.AddressRange;
import org.distributionhub.supplier.partners.domain.PolicyPack;
import org.distributionhub.supplier.partners.domain.PolicySettings;
import org.distributionhub.supplier.partners.domain.SupplierPolicy;
import org.distributionhub.supplier.partners.ports.out.PolicyPacks;
import org.distributionhub.supplier.partners.ports.out.SupplierPolicyAssignments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Policy packs in supplier_policy_pack and suppliers' policies in supplier_policy, kept in memory like profiles
 * (see {@link ExpiringCache}), as every partner call reads its supplier's policy. Lists (channels, ranges) are
 * stored comma separated, durations in ISO-8601.
 */
@Repository
class JdbcPolicyPacks implements PolicyPacks, SupplierPolicyAssignments {

	private static final String SETTINGS = "requests_per_second, max_message_bytes, allowed_channels, key_lifetime, "
			+ "address_allow_list, acknowledgement_due";

	private final JdbcClient jdbc;
	private final ExpiringCache<String, PolicyPack> packs;
	private final ExpiringCache<String, SupplierPolicy> policies;

	JdbcPolicyPacks(JdbcClient jdbc, SupplierCacheProperties cache) {
		this.jdbc = jdbc;
		this.packs = new ExpiringCache<>(cache.profiles(), 1_000);
		this.policies = new ExpiringCache<>(cache.profiles(), 10_000);
	}

	@Override
	public Optional<PolicyPack> find(String name) {
		return Optional.ofNullable(packs.get(name, key -> jdbc
			.sql("SELECT name, is_default, " + SETTINGS + ", updated_at, updated_by FROM supplier_policy_pack "
					+ "WHERE name = ?")
			.param(key)
			.query(JdbcPolicyPacks::pack)
			.optional()
			.orElse(null)));
	}

	@Override
	public PolicyPack defaultPack() {
		// The empty name never names a pack, so it can stand for the default in the cache.
		return Objects.requireNonNull(packs.get("", key -> jdbc
			.sql("SELECT name, is_default, " + SETTINGS + ", updated_at, updated_by FROM supplier_policy_pack "
					+ "WHERE is_default ORDER BY name")
			.query(JdbcPolicyPacks::pack)
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No default policy pack: the migration adds one"))));
	}

	@Override
	public List<PolicyPack> findAll() {
		return jdbc.sql("SELECT name, is_default, " + SETTINGS + ", updated_at, updated_by FROM supplier_policy_pack")
			.query(JdbcPolicyPacks::pack)
			.list();
	}

	@Override
	public void save(PolicyPack pack) {
		if (pack.isDefault()) {
			jdbc.sql("UPDATE supplier_policy_pack SET is_default = FALSE WHERE is_default AND name <> ?")
				.param(pack.name())
				.update();
		}
		var s = pack.settings();
		int updated = jdbc.sql("UPDATE supplier_policy_pack SET is_default = ?, requests_per_second = ?, "
				+ "max_message_bytes = ?, allowed_channels = ?, key_lifetime = ?, address_allow_list = ?, "
				+ "acknowledgement_due = ?, updated_at = ?, updated_by = ? WHERE name = ?")
			.params(pack.isDefault(), s.requestsPerSecond(), s.maxMessageBytes(), channels(s), text(s.keyLifetime()),
					ranges(s), text(s.acknowledgementDue()), Timestamp.from(pack.updatedAt()), pack.updatedBy(),
					pack.name())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO supplier_policy_pack (name, is_default, " + SETTINGS
					+ ", updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(pack.name(), pack.isDefault(), s.requestsPerSecond(), s.maxMessageBytes(), channels(s),
						text(s.keyLifetime()), ranges(s), text(s.acknowledgementDue()),
						Timestamp.from(pack.updatedAt()), pack.updatedBy())
				.update();
		}
		packs.writtenAll();
	}

	@Override
	public Optional<SupplierPolicy> forSupplier(String supplierId) {
		return Optional.ofNullable(policies.get(supplierId, key -> jdbc
			.sql("SELECT supplier_id, pack_name, " + SETTINGS
					+ ", profile_sets_due, updated_at, updated_by FROM supplier_policy WHERE supplier_id = ?")
			.param(key)
			.query((rs, row) -> new SupplierPolicy(rs.getString(1), rs.getString(2), settings(rs, 3),
					rs.getBoolean(9), rs.getTimestamp(10).toInstant(), rs.getString(11)))
			.optional()
			.orElse(null)));
	}

	@Override
	public void save(SupplierPolicy policy) {
		var s = policy.overrides();
		int updated = jdbc.sql("UPDATE supplier_policy SET pack_name = ?, requests_per_second = ?, "
				+ "max_message_bytes = ?, allowed_channels = ?, key_lifetime = ?, address_allow_list = ?, "
				+ "acknowledgement_due = ?, profile_sets_due = ?, updated_at = ?, updated_by = ? WHERE supplier_id = ?")
			.params(policy.packName(), s.requestsPerSecond(), s.maxMessageBytes(), channels(s),
					text(s.keyLifetime()), ranges(s), text(s.acknowledgementDue()), policy.profileSetsDue(),
					Timestamp.from(policy.updatedAt()), policy.updatedBy(), policy.supplierId())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO supplier_policy (supplier_id, pack_name, " + SETTINGS
					+ ", profile_sets_due, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(policy.supplierId(), policy.packName(), s.requestsPerSecond(), s.maxMessageBytes(),
						channels(s), text(s.keyLifetime()), ranges(s), text(s.acknowledgementDue()),
						policy.profileSetsDue(), Timestamp.from(policy.updatedAt()), policy.updatedBy())
				.update();
		}
		policies.written(policy.supplierId());
	}

	private static PolicyPack pack(ResultSet rs, int row) throws SQLException {
		return new PolicyPack(rs.getString(1), settings(rs, 3), rs.getBoolean(2), rs.getTimestamp(9).toInstant(),
				rs.getString(10));
	}

	/** The six settings columns from the given one on. */
	private static PolicySettings settings(ResultSet rs, int first) throws SQLException {
		int rate = rs.getInt(first);
		Integer requests = rs.wasNull() ? null : rate;
		long size = rs.getLong(first + 1);
		Long bytes = rs.wasNull() ? null : size;
		String channels = rs.getString(first + 2);
		String lifetime = rs.getString(first + 3);
		String ranges = rs.getString(first + 4);
		String due = rs.getString(first + 5);
		return new PolicySettings(requests, bytes,
				channels == null ? null : split(channels).stream().map(Channel::valueOf).collect(Collectors.toSet()),
				lifetime == null ? null : Duration.parse(lifetime),
				ranges == null ? null : split(ranges).stream().map(AddressRange::parse).toList(),
				due == null ? null : Duration.parse(due));
	}

	private static List<String> split(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter(it -> !it.isEmpty()).toList();
	}

	private static @Nullable String channels(PolicySettings settings) {
		return settings.allowedChannels() == null ? null
				: settings.allowedChannels().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static @Nullable String ranges(PolicySettings settings) {
		return settings.addressAllowList() == null ? null
				: settings.addressAllowList().stream().map(AddressRange::toString).collect(Collectors.joining(","));
	}

	private static @Nullable String text(@Nullable Duration duration) {
		return duration == null ? null : duration.toString();
	}
}

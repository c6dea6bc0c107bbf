package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Policy packs and each supplier's policy, for the console (ADMIN for changes, written to the admin audit trail).
 * Refusals (a bad value, an unknown pack or supplier) are IllegalArgumentExceptions whose message the console shows.
 */
public interface SupplierPolicies {

	/** Every pack, by name. */
	List<PackView> packs();

	Optional<PackView> pack(String name);

	/** Creates or replaces a pack; {@code makeDefault} makes it the pack new suppliers get. */
	PackView savePack(String name, PolicyValues settings, boolean makeDefault, String actor);

	/** The policy in force for a supplier, each setting with where it comes from; empty for an unknown supplier. */
	Optional<EffectivePolicy> policy(String supplierId);

	/** Makes the supplier follow a pack (null: the default pack) with the given overrides; null ones override nothing. */
	EffectivePolicy assign(String supplierId, @Nullable String packName, PolicyValues overrides, String actor);

	/**
	 * Settings as an admin writes them; a null one says nothing. {@code rateLimit} is requests per second,
	 * {@code maxMessageSize} a size such as 512KB or 5MB, durations 48h, 90d or ISO-8601 (PT48H), channels API,
	 * X12, EDIFACT or CSV, addresses CIDR ranges (10.0.0.0/8) or single addresses.
	 */
	record PolicyValues(@Nullable Integer rateLimit, @Nullable String maxMessageSize,
			@Nullable List<String> allowedChannels, @Nullable String keyLifetime,
			@Nullable List<String> addressAllowList, @Nullable String acknowledgementDue) {

		public static final PolicyValues NONE = new PolicyValues(null, null, null, null, null, null);
	}

	record PackView(String name, boolean isDefault, PolicyValues settings, Instant updatedAt, String updatedBy) {
	}

	/**
	 * A supplier's policy: the pack it follows ({@code packNamed} null when it follows the default pack), its
	 * overrides, and every setting in force with its source.
	 */
	record EffectivePolicy(String supplierId, String pack, @Nullable String packNamed, PolicyValues overrides,
			List<PolicySetting> settings) {
	}

	/** One setting in force: its name in {@link PolicyValues}, a label, the value as text and where it came from. */
	record PolicySetting(String name, String label, String value, String source) {
	}
}

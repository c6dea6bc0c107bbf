package org.distributionhub.supplier.partners.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.AddressRange;
import org.distributionhub.supplier.partners.api.PartnerPolicy;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * The pack a supplier follows (none named: the default pack) and its overrides of single settings.
 * {@code profileSetsDue} says whether the supplier's profile gave an acknowledgement due time of its own, which then
 * beats the policy's.
 */
@AggregateRoot
public record SupplierPolicy(@Identity String supplierId, @Nullable String packName, PolicySettings overrides,
		boolean profileSetsDue, Instant updatedAt, String updatedBy) {

	/** Where a setting in force came from, besides "pack <name>". */
	public static final String OVERRIDE = "supplier override";
	public static final String HUB = "hub default";
	public static final String PROFILE = "supplier profile";

	/** What a supplier set up before policy packs follows: the default pack and its profile's due time. */
	public static SupplierPolicy unassigned(String supplierId) {
		return new SupplierPolicy(supplierId, null, PolicySettings.NONE, true, Instant.EPOCH, "system");
	}

	/** The settings in force: overrides, then the pack, then the hub's; each with where it came from. */
	public Effective resolve(PolicyPack pack, HubSettings hub) {
		var fromPack = "pack " + pack.name();
		var own = overrides;
		var packs = pack.settings();
		return new Effective(supplierId, pack.name(),
				pick(own.requestsPerSecond(), packs.requestsPerSecond(), fromPack, hub.requestsPerSecond()),
				pick(own.maxMessageBytes(), packs.maxMessageBytes(), fromPack, hub.maxMessageBytes()),
				pick(own.allowedChannels(), packs.allowedChannels(), fromPack, Set.<Channel>of()),
				pick(own.keyLifetime(), packs.keyLifetime(), fromPack, null),
				pick(own.addressAllowList(), packs.addressAllowList(), fromPack, List.<AddressRange>of()),
				profileSetsDue ? new Sourced<>(hub.profileDue(), PROFILE)
						: pick(own.acknowledgementDue(), packs.acknowledgementDue(), fromPack, hub.profileDue()));
	}

	private static <T> Sourced<T> pick(@Nullable T override, @Nullable T pack, String fromPack, @Nullable T hub) {
		if (override != null) {
			return new Sourced<>(override, OVERRIDE);
		}
		return pack != null ? new Sourced<>(pack, fromPack) : new Sourced<>(hub, HUB);
	}

	/** What the hub itself says: its rate limit and message size settings and the profile's due time. */
	public record HubSettings(int requestsPerSecond, long maxMessageBytes, Duration profileDue) {
	}

	/** A setting's value (null: no limit) and where it came from. */
	public record Sourced<T>(@Nullable T value, String source) {
	}

	/** Every setting in force for one supplier, with its source. */
	public record Effective(String supplierId, String packName, Sourced<Integer> requestsPerSecond,
			Sourced<Long> maxMessageBytes, Sourced<Set<Channel>> allowedChannels,
			Sourced<Duration> keyLifetime, Sourced<List<AddressRange>> addressAllowList,
			Sourced<Duration> acknowledgementDue) {

		public PartnerPolicy policy() {
			return new PartnerPolicy(supplierId, packName, nonNull(requestsPerSecond.value()),
					nonNull(maxMessageBytes.value()), nonNull(allowedChannels.value()), keyLifetime.value(),
					nonNull(addressAllowList.value()), nonNull(acknowledgementDue.value()));
		}

		private static <T> T nonNull(@Nullable T value) {
			if (value == null) {
				throw new IllegalStateException("The hub's settings fill every setting that has no 'no limit'");
			}
			return value;
		}
	}
}

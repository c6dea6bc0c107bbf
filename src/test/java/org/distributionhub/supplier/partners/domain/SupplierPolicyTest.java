package org.distributionhub.supplier.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.AddressRange;
import org.distributionhub.supplier.partners.domain.SupplierPolicy.HubSettings;
import org.distributionhub.supplier.partners.domain.SupplierPolicy.Sourced;
import org.junit.jupiter.api.Test;

class SupplierPolicyTest {

	private static final HubSettings HUB = new HubSettings(200, 5_242_880, Duration.ofHours(48));
	private static final PolicyPack STRICT = new PolicyPack("strict", new PolicySettings(10, 1024L, Set.of(Channel.X12),
			Duration.ofDays(90), List.of(AddressRange.parse("10.0.0.0/8")), Duration.ofHours(24)), false,
			Instant.EPOCH, "admin");

	@Test
	void anOverrideBeatsThePackWhichBeatsTheHub() {
		var policy = new SupplierPolicy("acme", "strict", new PolicySettings(50, null, null, null, null, null), false,
				Instant.EPOCH, "admin");

		var effective = policy.resolve(STRICT, HUB);

		assertThat(effective.requestsPerSecond()).isEqualTo(new Sourced<>(50, SupplierPolicy.OVERRIDE));
		assertThat(effective.maxMessageBytes()).isEqualTo(new Sourced<>(1024L, "pack strict"));
		assertThat(effective.acknowledgementDue()).isEqualTo(new Sourced<>(Duration.ofHours(24), "pack strict"));
		var none = new PolicyPack("standard", PolicySettings.NONE, true, Instant.EPOCH, "system");
		var fromHub = SupplierPolicy.unassigned("acme").resolve(none, HUB);
		assertThat(fromHub.requestsPerSecond()).isEqualTo(new Sourced<>(200, SupplierPolicy.HUB));
		assertThat(fromHub.policy().allowedChannels()).isEmpty();
		assertThat(fromHub.policy().keyLifetime()).isNull();
	}

	@Test
	void aProfilesOwnDueTimeComesBeforeThePolicys() {
		var policy = new SupplierPolicy("acme", "strict", new PolicySettings(null, null, null, null, null,
				Duration.ofHours(6)), true, Instant.EPOCH, "admin");

		assertThat(policy.resolve(STRICT, HUB).acknowledgementDue())
			.isEqualTo(new Sourced<>(Duration.ofHours(48), SupplierPolicy.PROFILE));
	}

	@Test
	void thePolicyAdmitsOnlyItsChannelsAndAddresses() {
		var policy = SupplierPolicy.unassigned("acme").resolve(STRICT, HUB).policy();

		assertThat(policy.allows(Channel.X12)).isTrue();
		assertThat(policy.allows(Channel.API)).isFalse();
		assertThat(policy.admits(AddressRange.literal("10.1.2.3"))).isTrue();
		assertThat(policy.admits(AddressRange.literal("127.0.0.1"))).isFalse();
	}

	@Test
	void settingsOutsideTheHubsBoundsAreRefused() {
		assertThatThrownBy(() -> new PolicySettings(0, null, null, null, null, null))
			.hasMessage("A rate limit is 1 to 100000 requests per second");
		assertThatThrownBy(() -> new PolicySettings(null, null, Set.of(), null, null, null))
			.hasMessage("Allow at least one channel, or leave it empty");
		assertThatThrownBy(() -> new PolicySettings(null, null, null, Duration.ofMinutes(5), null, null))
			.hasMessage("A key lifetime is one hour to ten years");
	}
}

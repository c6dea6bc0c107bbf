package org.distributionhub.supplier.partners.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressRangeTest {

	@Test
	void aRangeHoldsTheAddressesUnderItsPrefixAndIsWrittenCanonically() {
		var range = AddressRange.parse(" 192.168.7.99/24 ");

		assertThat(range).hasToString("192.168.7.0/24");
		assertThat(range.contains(AddressRange.literal("192.168.7.1"))).isTrue();
		assertThat(range.contains(AddressRange.literal("192.168.8.1"))).isFalse();
		assertThat(AddressRange.parse("127.0.0.1")).hasToString("127.0.0.1/32");
		assertThat(AddressRange.parse("0.0.0.0/0").contains(AddressRange.literal("8.8.8.8"))).isTrue();
	}

	@Test
	void ipv6RangesHoldOnlyIpv6Addresses() {
		var range = AddressRange.parse("2001:db8::/32");

		assertThat(range.contains(AddressRange.literal("2001:db8:1::5"))).isTrue();
		assertThat(range.contains(AddressRange.literal("2001:db9::5"))).isFalse();
		assertThat(range.contains(AddressRange.literal("10.0.0.1"))).isFalse();
	}

	@Test
	void namesAndBadPrefixesAreRefusedWithoutAskingANameServer() {
		assertThatThrownBy(() -> AddressRange.parse("partner.example.com"))
			.hasMessage("'partner.example.com' is no IP address or CIDR range (such as 10.0.0.0/8)");
		assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33"))
			.hasMessage("'10.0.0.0/33' has a prefix length outside 0 to 32");
		assertThatThrownBy(() -> AddressRange.parse("300.1.1.1")).isInstanceOf(IllegalArgumentException.class);
		assertThat(AddressRange.literal("cafe")).isNull();
	}
}

package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitTest {

	private final RequestSizeLimit limit = new RequestSizeLimit(DataSize.ofMegabytes(20),
			new MockEnvironment().withProperty("hub.api.body-limits.[/api/v1/orders]", "1MB")
				.withProperty("hub.api.body-limits.[/api/v1/orders/special]", "64KB")
				.withProperty("hub.api.body-limits.[/api/v1/warehouse]", "50MB"));

	@Test
	void anApiWithALimitOfItsOwnHasItOnEveryPathBelow() {
		assertThat(limit.limitFor("/api/v1/orders")).isEqualTo(DataSize.ofMegabytes(1).toBytes());
		assertThat(limit.limitFor("/api/v1/orders/O-1/cancellation")).isEqualTo(DataSize.ofMegabytes(1).toBytes());
	}

	@Test
	void theLongestPrefixWins() {
		assertThat(limit.limitFor("/api/v1/orders/special/x")).isEqualTo(DataSize.ofKilobytes(64).toBytes());
	}

	@Test
	void aPathThatOnlyStartsWithTheSameLettersHasTheHubsLimit() {
		assertThat(limit.limitFor("/api/v1/ordersheet")).isEqualTo(DataSize.ofMegabytes(20).toBytes());
		assertThat(limit.limitFor("/api/v1/suppliers/acme/acknowledgements")).isEqualTo(DataSize.ofMegabytes(20).toBytes());
	}

	@Test
	void noApiMayTakeMoreThanTheHubsLimit() {
		assertThat(limit.limitFor("/api/v1/warehouse/events")).isEqualTo(DataSize.ofMegabytes(20).toBytes());
	}
}

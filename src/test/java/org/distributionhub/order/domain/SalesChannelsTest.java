package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The channels the hub takes orders from, and why it refuses one. */
class SalesChannelsTest {

	@Test
	void noChannelsListedTakesAnyChannelAnOrderIdCanHold() {
		var any = new SalesChannels(List.of());

		assertThat(any.refusal("web")).isEmpty();
		assertThat(any.refusal("edi-partner_7")).isEmpty();
	}

	@Test
	void listedChannelsAreTheOnlyOnesTaken() {
		var listed = new SalesChannels(List.of("web", "edi"));

		assertThat(listed.refusal("edi")).isEmpty();
		assertThat(listed.refusal("shop")).contains("is not a channel the hub takes orders from: shop");
	}

	@Test
	void aChannelNoOrderIdCanHoldIsRefusedByTheOrderIdRule() {
		var listed = new SalesChannels(List.of("web"));

		assertThat(listed.refusal("web shop")).contains(OrderId.CHANNEL_RULE);
		assertThat(listed.refusal("")).contains(OrderId.CHANNEL_RULE);
		assertThat(listed.refusal(null)).contains(OrderId.CHANNEL_RULE);
	}
}

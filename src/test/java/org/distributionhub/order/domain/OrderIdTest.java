package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An order id joins the sales channel and the channel's own order id; each part has one rule. */
class OrderIdTest {

	@Test
	void joinsChannelAndExternalOrderIdAndSplitsThemAgain() {
		var id = OrderId.of("web-shop_2", "SO.1001-a");

		assertThat(id.value()).isEqualTo("web-shop_2:SO.1001-a");
		assertThat(id.channel()).isEqualTo("web-shop_2");
		assertThat(id.externalOrderId()).isEqualTo("SO.1001-a");
	}

	@Test
	void aChannelIsOneTo32LettersDigitsUnderscoresOrDashes() {
		assertThat(OrderId.isChannel("a")).isTrue();
		assertThat(OrderId.isChannel("x".repeat(32))).isTrue();
		assertThat(OrderId.isChannel("x".repeat(33))).isFalse();
		assertThat(OrderId.isChannel("web.shop")).isFalse();
		assertThat(OrderId.isChannel("")).isFalse();
		assertThat(OrderId.isChannel(null)).isFalse();
	}

	@Test
	void anExternalOrderIdIsOneTo64LettersDigitsDotsUnderscoresOrDashes() {
		assertThat(OrderId.isExternalOrderId("SO.1001")).isTrue();
		assertThat(OrderId.isExternalOrderId("x".repeat(64))).isTrue();
		assertThat(OrderId.isExternalOrderId("x".repeat(65))).isFalse();
		assertThat(OrderId.isExternalOrderId("SO 1001")).isFalse();
		assertThat(OrderId.isExternalOrderId("a:b")).isFalse();
		assertThat(OrderId.isExternalOrderId(null)).isFalse();
	}

	@Test
	void anIdBreakingEitherRuleIsNoOrderId() {
		assertThat(OrderId.isValid("web:1001")).isTrue();
		assertThat(OrderId.isValid(":1001")).isFalse();
		assertThat(OrderId.isValid("web:")).isFalse();
		assertThat(OrderId.isValid("web 1001")).isFalse();
		assertThat(OrderId.isValid(null)).isFalse();
		assertThatThrownBy(() -> OrderId.of("web shop", "1001")).isInstanceOf(IllegalArgumentException.class);
	}
}

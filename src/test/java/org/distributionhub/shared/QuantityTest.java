package org.distributionhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuantityTest {

	@Test
	void anAmountHasOneFormAndNeverAnExponent() {
		var twenty = new Quantity(new BigDecimal("20.000"), UnitOfMeasure.EACH);

		assertThat(twenty.amount().toString()).isEqualTo("20");
		assertThat(twenty).isEqualTo(new Quantity(new BigDecimal("2E+1"), UnitOfMeasure.EACH))
			.isEqualTo(Quantity.of(20, UnitOfMeasure.EACH));
		assertThat(new Quantity(new BigDecimal("12.50"), UnitOfMeasure.EACH).amount().toString()).isEqualTo("12.5");
	}
}

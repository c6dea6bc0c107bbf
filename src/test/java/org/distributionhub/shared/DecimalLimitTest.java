package org.distributionhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DecimalLimitTest {

	@Test
	void aQuantityFitsInventorysAndSuppliersColumns() {
		assertThat(DecimalLimit.QUANTITY.fits(new BigDecimal("1234567890123.1234"))).isTrue();
		assertThat(DecimalLimit.QUANTITY.fits(new BigDecimal("1234567890123.50000"))).isTrue();
		assertThat(DecimalLimit.QUANTITY.problem(new BigDecimal("12345678901234")))
			.isEqualTo("has 14 digits before the decimal point; quantities have at most 13 (and 4 decimals)");
		assertThat(DecimalLimit.QUANTITY.problem(new BigDecimal("1.12345")))
			.isEqualTo("has 5 decimals; quantities have at most 4");
	}

	@Test
	void stockTakesSixDecimalsAndAmountsFourteenDigits() {
		assertThat(DecimalLimit.STOCK_QUANTITY.fits(new BigDecimal("1.123456"))).isTrue();
		assertThat(DecimalLimit.STOCK_QUANTITY.fits(new BigDecimal("12345678901234"))).isFalse();
		assertThat(DecimalLimit.AMOUNT.fits(new BigDecimal("12345678901234.1234"))).isTrue();
		assertThat(DecimalLimit.AMOUNT.fits(new BigDecimal("123456789012345"))).isFalse();
		assertThat(DecimalLimit.AMOUNT.fits(new BigDecimal("2E+13"))).isTrue();
		assertThat(DecimalLimit.AMOUNT.fits(new BigDecimal("2E+14"))).isFalse();
	}
}

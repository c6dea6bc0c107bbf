package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.distributionhub.erpgateway.domain.CustomerInvoice.BilledLine;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

class OneCurrencyRuleTest {

	@Test
	void theCurrencyIsTheOneOfThePricedLinesAndNoneWithoutPrices() {
		assertThat(OneCurrencyRule.currencyOf("Invoice", Arrays.asList(Money.of("1.00", "EUR"), null,
				Money.of("2.00", "EUR")))).isEqualTo("EUR");
		assertThat(OneCurrencyRule.currencyOf("Invoice", Arrays.asList(null, null))).isNull();
	}

	@Test
	void anInvoiceInTwoCurrenciesIsRefusedNamingThem() {
		assertThatThrownBy(() -> invoice(Money.of("12.50", "USD"), Money.of("3.00", "EUR")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Invoice INV-1 of order O-9 mixes currencies EUR, USD; an ERP invoice has one currency, so it "
					+ "is not posted");
	}

	@Test
	void anInvoiceIsDatedTheUtcDayItBecameReadyInItsOneCurrency() {
		var invoice = invoice(Money.of("12.50", "EUR"), null);

		assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.parse("2026-11-28"));
		assertThat(invoice.currency()).isEqualTo("EUR");
		assertThat(invoice.lines()).extracting(CustomerInvoice.Line::unitPrice)
			.containsExactly(new java.math.BigDecimal("12.50"), null);
	}

	private static CustomerInvoice invoice(Money first, Money second) {
		return CustomerInvoice.billing("O-9", "SO-9", "web", "CUST-7", "INV-1", List.of("SHP-1"),
				Instant.parse("2026-11-28T00:30:00Z"),
				List.of(new BilledLine(1, new Sku("A-1"), Quantity.of(4, UnitOfMeasure.EACH), first),
						new BilledLine(2, new Sku("B-1"), Quantity.of(1, UnitOfMeasure.EACH), second)));
	}
}

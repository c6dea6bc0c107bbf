package org.distributionhub.supplier.procurement.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.FindAccruals.Accrual;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceFilter;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceSummary;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The accrual rule on quantities, prices and first-in-first-out ages, against an in-memory store. */
class AccrualQueriesTest {

	static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

	final Store store = new Store();
	final AccrualQueries accruals = new AccrualQueries(store);

	@Test
	void receivedButNotInvoicedIsValuedAtTheConfirmedPriceAndAgedFromTheReceiptNotYetBilled() {
		store.poLines.add(poLine("PO-1", "1", "SKU-1", "4.50"));
		store.received.add(received("PO-1", "1", "SKU-1", "6", 1));
		store.received.add(received("PO-1", null, "SKU-1", "4", 3));
		store.billed.add(billed("PO-1", "1", "SKU-1", "6", "27.60", 2));

		assertThat(accruals.accruals("acme")).singleElement().satisfies(accrual -> {
			assertThat(accrual.receivedValue()).isEqualByComparingTo("45.00");
			assertThat(accrual.invoicedValue()).isEqualByComparingTo("27.60");
			assertThat(accrual.receivedNotInvoiced()).isEqualByComparingTo("18.00");
			assertThat(accrual.invoicedNotReceived()).isEqualByComparingTo("0");
			assertThat(accrual.since()).isEqualTo(day(3));
			assertThat(accrual.currency()).isEqualTo("USD");
		});
	}

	@Test
	void invoicedButNotReceivedAgesFromTheInvoiceThatWentBeyondTheReceiptsAndCreditNotesSubtract() {
		store.poLines.add(poLine("PO-2", "1", "SKU-2", "10"));
		store.received.add(received("PO-2", "1", "SKU-2", "2", 1));
		store.billed.add(billed("PO-2", "1", "SKU-2", "2", "20", 2));
		store.billed.add(billed("PO-2", "1", "SKU-2", "3", "30", 4));
		store.billed.add(billed("PO-2", "1", "SKU-2", "-1", "-10", 5));

		Accrual accrual = accruals.accruals(null).get(0);
		assertThat(accrual.invoicedValue()).isEqualByComparingTo("40.00");
		assertThat(accrual.invoicedNotReceived()).isEqualByComparingTo("20.00");
		assertThat(accrual.receivedNotInvoiced()).isEqualByComparingTo("0");
		assertThat(accrual.since()).isEqualTo(day(4));
	}

	@Test
	void aSquarePoIsLeftOutAndTheOldestDifferenceComesFirst() {
		store.poLines.add(poLine("PO-SQUARE", "1", "SKU-3", "1"));
		store.received.add(received("PO-SQUARE", "1", "SKU-3", "2", 1));
		store.billed.add(billed("PO-SQUARE", "1", "SKU-3", "2", "2", 1));
		store.poLines.add(poLine("PO-LATE", "1", "SKU-4", "1"));
		store.received.add(received("PO-LATE", "1", "SKU-4", "1", 5));
		store.poLines.add(poLine("PO-EARLY", "1", "SKU-5", "1"));
		store.received.add(received("PO-EARLY", "1", "SKU-5", "1", 2));

		assertThat(accruals.accruals(null)).extracting(Accrual::poNumber).containsExactly("PO-EARLY", "PO-LATE");
	}

	@Test
	void aLineWithoutAPoPriceIsValuedAtWhatItWasInvoicedAt() {
		store.poLines.add(new InvoiceReadModel.PoLine("acme", "PO-3", "1", "SKU-6", BigDecimal.TEN, "EA", null, null,
				null));
		store.billed.add(billed("PO-3", "1", "SKU-6", "4", "10", 1));

		Accrual accrual = accruals.accruals("acme").get(0);
		assertThat(accrual.invoicedNotReceived()).isEqualByComparingTo("10.00");
		assertThat(accrual.currency()).as("the invoice's, the PO has none").isEqualTo("USD");
	}

	static Instant day(int day) {
		return T0.plusSeconds(day * 86_400L);
	}

	static InvoiceReadModel.PoLine poLine(String po, String line, String sku, String price) {
		return new InvoiceReadModel.PoLine("acme", po, line, sku, BigDecimal.TEN, "EA", new BigDecimal(price), null,
				"USD");
	}

	static InvoiceReadModel.ReceivedQuantity received(String po, @Nullable String line, String sku, String quantity,
			int day) {
		return new InvoiceReadModel.ReceivedQuantity("acme", po, line, sku, new BigDecimal(quantity), day(day));
	}

	static InvoiceReadModel.InvoicedQuantity billed(String po, String line, String sku, String quantity, String amount,
			int day) {
		return new InvoiceReadModel.InvoicedQuantity("acme", po, line, sku, new BigDecimal(quantity),
				new BigDecimal(amount), day(day), "USD");
	}

	/** The store's rows, kept in lists; the invoice lists are not used by the accruals. */
	static final class Store implements InvoiceReadModel {

		final List<PoLine> poLines = new ArrayList<>();
		final List<ReceivedQuantity> received = new ArrayList<>();
		final List<InvoicedQuantity> billed = new ArrayList<>();

		@Override
		public List<InvoiceSummary> invoices(InvoiceFilter filter) {
			return List.of();
		}

		@Override
		public List<InvoiceSummary> held(int limit) {
			return List.of();
		}

		@Override
		public Optional<StoredInvoice> invoice(long invoiceId) {
			return Optional.empty();
		}

		@Override
		public List<PoLine> poLines(String supplierId, String poNumber) {
			return poLines.stream().filter(it -> it.supplierId().equals(supplierId) && it.poNumber().equals(poNumber))
				.toList();
		}

		@Override
		public List<PoLine> poLinesWithActivity(@Nullable String supplierId) {
			return poLines.stream().filter(it -> supplierId == null || it.supplierId().equals(supplierId)).toList();
		}

		@Override
		public List<ReceivedQuantity> received(String supplierId, String poNumber) {
			return received.stream()
				.filter(it -> it.supplierId().equals(supplierId) && it.poNumber().equals(poNumber))
				.toList();
		}

		@Override
		public List<ReceivedQuantity> received(@Nullable String supplierId) {
			return received.stream().filter(it -> supplierId == null || it.supplierId().equals(supplierId)).toList();
		}

		@Override
		public List<InvoicedQuantity> invoicedElsewhere(String supplierId, String poNumber, long exceptInvoiceId) {
			return List.of();
		}

		@Override
		public List<InvoicedQuantity> billed(@Nullable String supplierId) {
			return billed.stream().filter(it -> supplierId == null || it.supplierId().equals(supplierId)).toList();
		}
	}
}

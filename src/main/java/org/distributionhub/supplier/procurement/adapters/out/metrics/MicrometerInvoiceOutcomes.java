package org.distributionhub.supplier.procurement.adapters.out.metrics;

import org.distributionhub.supplier.procurement.ports.out.InvoiceOutcomes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** hub.supplier.invoices{outcome}: supplier invoices matched, held, waiting, duplicate, rejected or approved. */
@Component
class MicrometerInvoiceOutcomes implements InvoiceOutcomes {

	private final MeterRegistry registry;

	MicrometerInvoiceOutcomes(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void count(String outcome) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					increment(outcome);
				}
			});
		}
		else {
			increment(outcome);
		}
	}

	private void increment(String outcome) {
		Counter.builder("hub.supplier.invoices")
			.description("Supplier invoices by what became of them")
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}
}

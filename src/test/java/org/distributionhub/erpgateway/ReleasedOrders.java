package org.distributionhub.erpgateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears PurchaseOrderReleased as the supplier module would: only what committed counts. A test may make the next
 * publication fail inside the publishing transaction, as if the hub died before its commit.
 */
public class ReleasedOrders {

	private final List<PurchaseOrderReleased> committed = new CopyOnWriteArrayList<>();
	private final AtomicReference<@Nullable String> failFor = new AtomicReference<>();

	@EventListener
	void on(PurchaseOrderReleased released) {
		if (released.poNumber().equals(failFor.get())) {
			failFor.set(null);
			throw new IllegalStateException("The hub died before committing " + released.poNumber());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				committed.add(released);
			}
		});
	}

	public void failOnce(String poNumber) {
		failFor.set(poNumber);
	}

	public List<PurchaseOrderReleased> of(String poNumber) {
		return committed.stream().filter(it -> it.poNumber().equals(poNumber)).toList();
	}

	public List<PurchaseOrderReleased> all() {
		return List.copyOf(committed);
	}
}

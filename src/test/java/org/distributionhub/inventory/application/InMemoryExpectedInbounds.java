package org.distributionhub.inventory.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.ExpectedInboundSnapshot;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/** Expected inbound in memory for application tests on one thread; locks are implied. */
public class InMemoryExpectedInbounds implements ExpectedInbounds {

	private final Map<PurchaseOrderLine, ExpectedInboundSnapshot> rows = new TreeMap<>();

	@Override
	public synchronized void addIfAbsent(ExpectedInbound inbound) {
		rows.putIfAbsent(inbound.line(), inbound.snapshot());
	}

	@Override
	public synchronized Optional<ExpectedInbound> lock(PurchaseOrderLine line) {
		return Optional.ofNullable(rows.get(line)).map(ExpectedInbound::restore);
	}

	@Override
	public synchronized List<ExpectedInbound> lockOrder(String supplierId, String poNumber) {
		return rows.values()
			.stream()
			.filter(it -> it.line().supplierId().equals(supplierId) && it.line().poNumber().equals(poNumber))
			.map(ExpectedInbound::restore)
			.toList();
	}

	@Override
	public synchronized List<ExpectedInbound> ofOrder(String supplierId, String poNumber) {
		return lockOrder(supplierId, poNumber);
	}

	@Override
	public synchronized List<ExpectedInbound> lockPurchaseOrder(String poNumber) {
		return rows.values()
			.stream()
			.filter(it -> it.line().poNumber().equals(poNumber))
			.map(ExpectedInbound::restore)
			.toList();
	}

	@Override
	public synchronized void save(ExpectedInbound inbound, ExpectedInboundSnapshot stored) {
		if (!stored.equals(rows.get(inbound.line()))) {
			throw new IllegalStateException("Expected inbound " + inbound.line() + " is not stored as it was locked");
		}
		rows.put(inbound.line(), inbound.snapshot());
	}

	@Override
	public synchronized List<ExpectedInbound> expecting(Sku sku, @Nullable String location) {
		return rows.values()
			.stream()
			.filter(it -> it.sku().equals(sku) && (location == null || it.location().equals(location)))
			.map(ExpectedInbound::restore)
			.filter(it -> !it.expected().isEmpty())
			.sorted(Comparator.comparing(ExpectedInbound::location))
			.toList();
	}
}

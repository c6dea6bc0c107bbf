package org.distributionhub.inventory.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.ExpectedInboundSnapshot;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * The expected inbound of every purchase order line. Callers lock a line for the rest of their transaction; when it
 * is not there yet they add it ({@link #addIfAbsent}) and lock it again, so concurrent facts about one line apply one
 * after the other.
 */
public interface ExpectedInbounds {

	/** Stores the line as it is unless the line is stored already, also when another transaction adds it now. */
	void addIfAbsent(ExpectedInbound inbound);

	/** The line, locked until the transaction ends. */
	Optional<ExpectedInbound> lock(PurchaseOrderLine line);

	/** Every line of a purchase order, locked until the transaction ends. */
	List<ExpectedInbound> lockOrder(String supplierId, String poNumber);

	/**
	 * Every line of the purchase orders with this number, whatever their supplier, locked until the transaction ends,
	 * by supplier and line number (a warehouse receipt names the order by its number only).
	 */
	List<ExpectedInbound> lockPurchaseOrder(String poNumber);

	/** Every line of a purchase order as it stands, without locking it, by line number. */
	List<ExpectedInbound> ofOrder(String supplierId, String poNumber);

	/**
	 * Stores a line that was locked in this transaction; {@code stored} is its state as it was locked, and only what
	 * differs from it is written.
	 */
	void save(ExpectedInbound inbound, ExpectedInboundSnapshot stored);

	/** The lines of a SKU that still expect something, at one location or (if null) at all, by location. */
	List<ExpectedInbound> expecting(Sku sku, @Nullable String location);
}

package org.distributionhub.supplier.exchange.ports.out;

/** Per-partner EDI control number counters (interchange, group); each call returns the next unused number. */
public interface ControlNumbers {

	long next(String supplierId, String kind);
}

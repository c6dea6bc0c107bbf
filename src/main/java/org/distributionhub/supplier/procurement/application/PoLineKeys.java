package org.distributionhub.supplier.procurement.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.PoLine;
import org.jspecify.annotations.Nullable;

/**
 * Which line of one purchase order a received or invoiced quantity counts for: the line it names, else the first
 * line of its SKU; a quantity of a SKU the order does not have counts under that SKU alone ("sku:" + SKU).
 */
final class PoLineKeys {

	private final Map<String, PoLine> byNumber = new LinkedHashMap<>();
	private final Map<String, PoLine> bySku = new LinkedHashMap<>();

	PoLineKeys(List<PoLine> lines) {
		for (PoLine line : lines) {
			byNumber.put(line.lineNumber(), line);
			bySku.putIfAbsent(line.sku(), line);
		}
	}

	String key(@Nullable String lineNumber, @Nullable String sku) {
		if (lineNumber != null && byNumber.containsKey(lineNumber)) {
			return lineNumber;
		}
		if (sku != null && bySku.containsKey(sku)) {
			return bySku.get(sku).lineNumber();
		}
		return lineNumber != null ? lineNumber : "sku:" + sku;
	}

	@Nullable
	PoLine line(String key) {
		return byNumber.get(key);
	}

	List<PoLine> lines() {
		return List.copyOf(byNumber.values());
	}
}

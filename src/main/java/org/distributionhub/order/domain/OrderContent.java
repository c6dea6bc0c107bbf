package org.distributionhub.order.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the channel says an order is: customer, warehouse, invoicing policy and lines (kept in line number order, so
 * two bodies that list the same lines differently are the same content).
 */
@ValueObject
public record OrderContent(String customer, String warehouse, Invoicing invoicing, List<OrderedLine> lines) {

	public OrderContent {
		if (customer == null || customer.isBlank() || warehouse == null || warehouse.isBlank()) {
			throw new IllegalArgumentException("An order needs a customer and a warehouse");
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("An order needs at least one line");
		}
		var numbers = new HashSet<Integer>();
		for (OrderedLine line : lines) {
			if (!numbers.add(line.lineNumber())) {
				throw new IllegalArgumentException("Line number " + line.lineNumber() + " appears twice");
			}
		}
		lines = lines.stream().sorted(Comparator.comparingInt(OrderedLine::lineNumber)).toList();
	}

	public Optional<OrderedLine> line(int lineNumber) {
		return lines.stream().filter(it -> it.lineNumber() == lineNumber).findFirst();
	}
}

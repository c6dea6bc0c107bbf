package org.distributionhub.order.domain;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.Money;
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

	/**
	 * What the order is worth: the sum of quantity times unit price over its priced lines, when they are all in one
	 * currency (each line rounded half up to the currency's decimals); empty when no line carries a price or the lines mix currencies (the hub converts no currency).
	 */
	public Optional<Money> value() {
		Money total = null;
		for (OrderedLine line : lines) {
			Money price = line.unitPrice();
			if (price == null) {
				continue;
			}
			if (total != null && !total.currency().equals(price.currency())) {
				return Optional.empty();
			}
			int scale = Math.max(price.currency().getDefaultFractionDigits(), 0);
			Money amount = new Money(price.amount().multiply(line.quantity().amount()).setScale(scale,
					RoundingMode.HALF_UP), price.currency());
			total = total == null ? amount : total.plus(amount);
		}
		return Optional.ofNullable(total);
	}

	public Optional<OrderedLine> line(int lineNumber) {
		return lines.stream().filter(it -> it.lineNumber() == lineNumber).findFirst();
	}
}

package org.distributionhub.order.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.distributionhub.order.domain.Invoicing;
import org.distributionhub.order.domain.OrderContent;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.domain.OrderedLine;
import org.distributionhub.order.domain.SalesChannels;
import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.OrderRejected.Problem;
import org.distributionhub.order.ports.in.OrderRejected;
import org.distributionhub.shared.DecimalLimit;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/**
 * Checks an order command against what an order may say (ADR 0009: only what the order itself says, and a known
 * channel) and turns it into order content; every problem is named by its field path.
 */
final class OrderCommandCheck {

	private static final int TEXT_LENGTH = 64;

	private final OrderProperties properties;
	private final List<Problem> problems = new ArrayList<>();

	private OrderCommandCheck(OrderProperties properties) {
		this.properties = properties;
	}

	static OrderContent content(OrderCommand command, OrderProperties properties) {
		return new OrderCommandCheck(properties).check(command);
	}

	private OrderContent check(OrderCommand command) {
		new SalesChannels(properties.channels()).refusal(command.channel())
			.ifPresent(refusal -> problems.add(new Problem("channel", refusal)));
		if (!OrderId.isExternalOrderId(command.externalOrderId())) {
			problems.add(new Problem("externalOrderId", OrderId.EXTERNAL_ID_RULE));
		}
		text("customer", command.customer());
		text("warehouse", command.warehouse());
		Invoicing invoicing = invoicing(command.invoicing());
		List<OrderCommand.Line> lines = command.lines() == null ? List.of() : command.lines();
		if (lines.isEmpty()) {
			problems.add(new Problem("lines", "must hold at least one line"));
		}
		else if (lines.size() > properties.maxLines()) {
			problems.add(new Problem("lines", "holds " + lines.size() + " lines; an order has at most "
					+ properties.maxLines()));
		}
		Set<Integer> numbers = new HashSet<>();
		List<OrderedLine> ordered = new ArrayList<>();
		for (int i = 0; i < lines.size() && lines.size() <= properties.maxLines(); i++) {
			OrderedLine line = line("lines[" + i + "].", lines.get(i), numbers);
			if (line != null) {
				ordered.add(line);
			}
		}
		if (problems.isEmpty()) {
			orderValue(ordered);
		}
		if (!problems.isEmpty()) {
			throw new OrderRejected(problems);
		}
		return new OrderContent(command.customer().strip(), command.warehouse().strip(), invoicing, ordered);
	}

	private @Nullable OrderedLine line(String path, OrderCommand.@Nullable Line line, Set<Integer> numbers) {
		if (line == null) {
			problems.add(new Problem(path.substring(0, path.length() - 1), "must not be null"));
			return null;
		}
		int before = problems.size();
		if (line.lineNumber() < 1) {
			problems.add(new Problem(path + "lineNumber", "must be 1 or more"));
		}
		else if (!numbers.add(line.lineNumber())) {
			problems.add(new Problem(path + "lineNumber", "line number " + line.lineNumber() + " appears twice"));
		}
		text(path + "sku", line.sku());
		BigDecimal quantity = line.quantity();
		if (quantity == null || quantity.signum() <= 0) {
			problems.add(new Problem(path + "quantity", "must be greater than 0"));
		}
		else {
			digits(path + "quantity", quantity, DecimalLimit.QUANTITY);
		}
		Optional<UnitOfMeasure> unit = OrderedLine.unit(line.unit());
		if (unit.isEmpty()) {
			problems.add(new Problem(path + "unit", OrderedLine.UNIT_RULE));
		}
		Money price = price(path, line.unitPrice(), line.currency());
		if (problems.size() > before) {
			return null;
		}
		return new OrderedLine(line.lineNumber(), new Sku(line.sku()), new Quantity(quantity, unit.orElseThrow()),
				price);
	}

	private @Nullable Money price(String path, @Nullable BigDecimal amount, @Nullable String currencyCode) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			problems.add(new Problem(path + "unitPrice", "must not be negative"));
			return null;
		}
		if (!digits(path + "unitPrice", amount, DecimalLimit.AMOUNT)) {
			return null;
		}
		if (currencyCode == null || currencyCode.isBlank()) {
			problems.add(new Problem(path + "currency", "is required with a unit price"));
			return null;
		}
		Currency currency;
		try {
			currency = Currency.getInstance(currencyCode.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(path + "currency", "is not an ISO 4217 currency code: " + currencyCode));
			return null;
		}
		try {
			return new Money(amount, currency);
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(path + "unitPrice", e.getMessage()));
			return null;
		}
	}

	/**
	 * The order's value (each priced line's quantity times its price, added up) is kept with the order: each product
	 * and the sum must fit an amount, though every factor on its own does.
	 */
	private void orderValue(List<OrderedLine> ordered) {
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < ordered.size(); i++) {
			OrderedLine line = ordered.get(i);
			if (line.unitPrice() == null) {
				continue;
			}
			BigDecimal value = line.quantity().amount().multiply(line.unitPrice().amount())
				.setScale(DecimalLimit.AMOUNT_DECIMALS, RoundingMode.HALF_UP);
			if (!digits("lines[" + i + "].unitPrice", value, DecimalLimit.AMOUNT, "quantity x unit price ")) {
				return;
			}
			total = total.add(value);
		}
		digits("lines", total, DecimalLimit.AMOUNT, "the order's value (its lines' quantity x unit price added up) ");
	}

	/** Whether a number fits what every module it reaches stores ({@link DecimalLimit}). */
	private boolean digits(String path, BigDecimal amount, DecimalLimit limit) {
		return digits(path, amount, limit, "");
	}

	private boolean digits(String path, BigDecimal amount, DecimalLimit limit, String what) {
		String problem = limit.problem(amount);
		if (problem != null) {
			problems.add(new Problem(path, what.isEmpty() ? problem : what + amount.toPlainString() + " " + problem));
			return false;
		}
		return true;
	}

	private Invoicing invoicing(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return properties.invoicing();
		}
		try {
			return Invoicing.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("invoicing", "must be PER_ORDER or PER_SHIPMENT"));
			return properties.invoicing();
		}
	}

	private void text(String path, @Nullable String value) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(path, "must not be blank"));
		}
		else if (value.strip().length() > TEXT_LENGTH) {
			problems.add(new Problem(path, "must be at most " + TEXT_LENGTH + " characters"));
		}
	}
}

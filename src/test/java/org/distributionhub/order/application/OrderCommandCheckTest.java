package org.distributionhub.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.OrderRejected;
import org.junit.jupiter.api.Test;

class OrderCommandCheckTest {

	private final OrderProperties properties = new OrderProperties(null, null, null, 0, List.of("web"), null);

	@Test
	void namesEveryProblemOfARequestAtOnceByItsFieldPath() {
		var command = new OrderCommand("web shop", "E 1", null, " ", "MONTHLY", Arrays.asList(null,
				new OrderCommand.Line(1, "SKU-1", new BigDecimal("123456789012345"), "EACH", null, null),
				new OrderCommand.Line(1, "SKU-2", BigDecimal.ONE, "EA", new BigDecimal("1.00001"), "EUR")));

		var rejected = catchThrowableOfType(OrderRejected.class, () -> OrderCommandCheck.content(command, properties));

		assertThat(rejected.problems()).extracting(OrderRejected.Problem::path)
			.containsExactly("channel", "externalOrderId", "customer", "warehouse", "invoicing", "lines[0]",
					"lines[1].quantity", "lines[1].unit", "lines[2].lineNumber", "lines[2].unitPrice");
		assertThat(rejected.problems()).extracting(OrderRejected.Problem::message)
			.contains("has 15 digits before the decimal point; quantities have at most 13 (and 4 decimals)",
					"has 5 decimals; amounts have at most 4");
	}

	@Test
	void aMissingListOfLinesIsNamedLikeAnEmptyOne() {
		var command = new OrderCommand("web", "E-1", "C-1", "MAIN", null, null);

		var rejected = catchThrowableOfType(OrderRejected.class, () -> OrderCommandCheck.content(command, properties));

		assertThat(rejected.problems()).singleElement()
			.isEqualTo(new OrderRejected.Problem("lines", "must hold at least one line"));
	}

	@Test
	void aLineWhoseQuantityTimesPriceIsNoAmountIsRefusedThoughEachFits() {
		var command = new OrderCommand("web", "E-1", "C-1", "MAIN", null, List.of(
				new OrderCommand.Line(1, "SKU-1", new BigDecimal("1000000000000"), "EA", new BigDecimal("100"), "EUR")));

		var rejected = catchThrowableOfType(OrderRejected.class, () -> OrderCommandCheck.content(command, properties));

		assertThat(rejected.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("lines[0].unitPrice");
			assertThat(problem.message()).startsWith("quantity x unit price 100000000000000.0000 has 15 digits");
		});
	}

	@Test
	void anOrderWhoseLinesAddUpToMoreThanAnAmountIsRefused() {
		var line = new OrderCommand.Line(1, "SKU-1", new BigDecimal("600000000000"), "EA", new BigDecimal("100"),
				"EUR");
		var command = new OrderCommand("web", "E-1", "C-1", "MAIN", null,
				List.of(line, new OrderCommand.Line(2, "SKU-2", line.quantity(), "EA", line.unitPrice(), "EUR")));

		var rejected = catchThrowableOfType(OrderRejected.class, () -> OrderCommandCheck.content(command, properties));

		assertThat(rejected.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("lines");
			assertThat(problem.message()).startsWith("the order's value");
		});
	}
}

package org.distributionhub.order.ports.in;

import java.util.List;

/** An order request the hub refuses as it stands; each problem names the path of the field (lines[0].quantity). */
public class OrderRejected extends RuntimeException {

	private final List<Problem> problems;

	public OrderRejected(List<Problem> problems) {
		super(problems.isEmpty() ? "The order is invalid"
				: problems.get(0).path() + ": " + problems.get(0).message()
						+ (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
		this.problems = List.copyOf(problems);
	}

	public static OrderRejected at(String path, String message) {
		return new OrderRejected(List.of(new Problem(path, message)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One refused field. */
	public record Problem(String path, String message) {
	}
}

package org.distributionhub.supplier.partners.ports.in;

import java.util.List;
import java.util.stream.Collectors;

/** A supplier change refused for what its data says, with every problem found; nothing was changed. */
public class SupplierDataRejected extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public SupplierDataRejected(List<FieldProblem> problems) {
		super(problems.stream()
			.map(it -> it.field().isEmpty() ? it.message() : it.field() + ": " + it.message())
			.collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public SupplierDataRejected(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}

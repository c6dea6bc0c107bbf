package org.distributionhub.inventory.ports.in;

import java.util.List;
import java.util.stream.Collectors;

/** A warehouse message was refused and nothing of it applied: each problem names a field's path. */
public class WarehouseEventRejected extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public WarehouseEventRejected(List<FieldProblem> problems) {
		super(problems.stream().map(it -> it.path() + ": " + it.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public WarehouseEventRejected(String path, String message) {
		this(List.of(new FieldProblem(path, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}

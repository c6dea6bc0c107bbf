package org.distributionhub.supplier.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change an ADMIN made in the console, refused by the supplier's rules (the same as the admin API's) with every
 * problem named by the form field it belongs to; nothing was changed.
 */
public class SupplierFormRejected extends RuntimeException {

	private final transient List<FieldMessage> problems;

	public SupplierFormRejected(List<FieldMessage> problems) {
		super(problems.stream().map(it -> it.field() + ": " + it.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldMessage> problems() {
		return problems;
	}

	/** What is wrong with one field of a form; an empty field is the form as a whole. */
	public record FieldMessage(String field, String message) {
	}
}

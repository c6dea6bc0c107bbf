package org.distributionhub.supplier.partners.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.distributionhub.supplier.partners.ports.in.FieldProblem;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.jspecify.annotations.Nullable;

/** Collects what is wrong with a request field by field, so the caller hears of every problem at once. */
final class Problems {

	private final List<FieldProblem> found = new ArrayList<>();

	void add(String field, String message) {
		found.add(new FieldProblem(field, message));
	}

	/** The value the check builds, or null with the check's message recorded against the field. */
	<T> @Nullable T check(String field, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (IllegalArgumentException e) {
			add(field, e.getMessage() == null ? "is not valid" : e.getMessage());
			return null;
		}
	}

	boolean isEmpty() {
		return found.isEmpty();
	}

	List<FieldProblem> list() {
		return List.copyOf(found);
	}

	void throwIfAny() {
		if (!found.isEmpty()) {
			throw new SupplierDataRejected(found);
		}
	}
}

package org.distributionhub.supplier.exchange.formats.json;

import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;

/** The problems found in one document, in document order; past a thousand only their number is kept. */
final class Problems {

	static final int LIMIT = 1000;

	private final List<SyntaxProblem> found = new ArrayList<>();

	private int count;

	void add(String path, String message) {
		count++;
		if (found.size() < LIMIT) {
			found.add(new SyntaxProblem(path, message));
		}
	}

	int count() {
		return count;
	}

	List<SyntaxProblem> list() {
		if (count <= found.size()) {
			return List.copyOf(found);
		}
		var all = new ArrayList<>(found);
		all.add(new SyntaxProblem("$", (count - found.size()) + " more problems are not listed"));
		return all;
	}
}

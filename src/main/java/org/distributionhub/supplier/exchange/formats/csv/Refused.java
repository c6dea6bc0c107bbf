package org.distributionhub.supplier.exchange.formats.csv;

import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;

/** The file as a whole cannot be read (not UTF-8, no header, broken quoting): no row of it is used. */
final class Refused extends Exception {

	private final SyntaxProblem problem;

	Refused(String path, String message) {
		super(message, null, false, false);
		this.problem = new SyntaxProblem(path, message);
	}

	SyntaxProblem problem() {
		return problem;
	}
}

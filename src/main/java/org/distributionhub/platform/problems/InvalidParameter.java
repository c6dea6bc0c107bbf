package org.distributionhub.platform.problems;

/**
 * A query, path or header parameter whose value is invalid on its own; the hub answers 400 naming the parameter by
 * its own name ({@code page}).
 */
public class InvalidParameter extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String name;

	public InvalidParameter(String name, String message) {
		super(message);
		this.name = name;
	}

	public String name() {
		return name;
	}
}

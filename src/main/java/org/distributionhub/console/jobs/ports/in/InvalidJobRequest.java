package org.distributionhub.console.jobs.ports.in;

/** A job request that is not valid on its own, naming the field relative to the request (kind, reason, filter.x). */
public class InvalidJobRequest extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public InvalidJobRequest(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}

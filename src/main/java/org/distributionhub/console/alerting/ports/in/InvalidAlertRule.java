package org.distributionhub.console.alerting.ports.in;

/** A rule refused, naming the field at fault: id, name, kinds, minCount, minAge. */
public class InvalidAlertRule extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public InvalidAlertRule(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}

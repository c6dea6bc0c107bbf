package org.distributionhub.shared;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies one business flow across modules, events and log lines; taken from the inbound request or made anew. */
@ValueObject
public record CorrelationId(String value) {

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	public CorrelationId {
		if (value == null || !ALLOWED.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A correlation id is 1 to 64 characters of letters, digits, '.', '_', ':' or '-'");
		}
	}

	public static CorrelationId random() {
		return new CorrelationId(UUID.randomUUID().toString());
	}

	public static boolean isValid(String candidate) {
		return candidate != null && ALLOWED.matcher(candidate).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}

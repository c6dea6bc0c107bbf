package org.distributionhub.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/** Our own stock keeping unit code; partner item codes are mapped to it at the edge. */
@ValueObject
public record Sku(String code) {

	public Sku {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("A SKU must not be blank");
		}
		code = code.strip();
		if (code.length() > 64) {
			throw new IllegalArgumentException("A SKU has at most 64 characters");
		}
	}

	@Override
	public String toString() {
		return code;
	}
}

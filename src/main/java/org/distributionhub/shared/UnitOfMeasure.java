package org.distributionhub.shared;

import java.util.Locale;

import org.jmolecules.ddd.annotation.ValueObject;

/** A unit of measure as an X12 code (EA, CA, BX, PK, KG...); conversions between units are a partner's concern. */
@ValueObject
public record UnitOfMeasure(String code) {

	public static final UnitOfMeasure EACH = new UnitOfMeasure("EA");

	public UnitOfMeasure {
		if (code == null || !code.strip().matches("[A-Za-z0-9]{2,3}")) {
			throw new IllegalArgumentException("A unit of measure is a 2 or 3 character code such as EA or CA");
		}
		code = code.strip().toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return code;
	}
}

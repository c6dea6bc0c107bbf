package org.distributionhub.erpgateway.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** The id the ERP gave the document a posting created there (a record id, a document name, a file name). */
@ValueObject
public record ErpReference(String value) {

	public ErpReference {
		if (value.isBlank()) {
			throw new IllegalArgumentException("An ERP reference must not be blank");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}

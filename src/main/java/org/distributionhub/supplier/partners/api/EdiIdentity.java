package org.distributionhub.supplier.partners.api;

/**
 * A party's identity in EDI envelopes: the X12 ISA qualifier and id (ISA05/06 or ISA07/08; UNB sender or recipient
 * with its code qualifier for EDIFACT) and the application id used in GS02/GS03.
 */
public record EdiIdentity(String qualifier, String id, String groupId) {

	public EdiIdentity {
		if (qualifier == null || !qualifier.strip().matches("[A-Za-z0-9]{1,4}")) {
			throw new IllegalArgumentException("An EDI id qualifier is 1 to 4 letters or digits, such as ZZ or 01");
		}
		if (id == null || id.isBlank() || id.strip().length() > 35) {
			throw new IllegalArgumentException("An EDI id is 1 to 35 characters");
		}
		if (groupId == null || groupId.isBlank() || groupId.strip().length() > 15) {
			throw new IllegalArgumentException("An EDI application (GS) id is 1 to 15 characters");
		}
		qualifier = qualifier.strip();
		id = id.strip();
		groupId = groupId.strip();
	}

	/** Whether an envelope's sender qualifier and id are this identity (X12 pads ids to 15 characters). */
	public boolean matches(String otherQualifier, String otherId) {
		return qualifier.equalsIgnoreCase(otherQualifier.strip()) && id.equalsIgnoreCase(otherId.strip());
	}
}

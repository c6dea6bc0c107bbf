package org.distributionhub.supplier.partners.application;

import static org.distributionhub.supplier.partners.api.EdiCodeLists.EDIFACT_ID_LENGTH;
import static org.distributionhub.supplier.partners.api.EdiCodeLists.EDIFACT_ID_QUALIFIERS;
import static org.distributionhub.supplier.partners.api.EdiCodeLists.X12_ID_LENGTH;
import static org.distributionhub.supplier.partners.api.EdiCodeLists.X12_ID_QUALIFIERS;

import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.partners.api.EdiCodeLists;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.ports.in.FieldProblem;

/**
 * Checks a supplier's EDI identity against the code lists of the standards it trades, so that every envelope the
 * hub writes to it is valid: for X12 the qualifier is an I05 code (ISA05/ISA07), the id at most 15 characters
 * (ISA06/ISA08) and the application code 2 to 15 (GS02/GS03), none holding the separators the hub writes; for
 * EDIFACT the qualifier is a 0007 code (UNB S002/S003, 31B and ZZZ included, and ZZ as partners' guides use
 * it) and the id at most 35 characters.
 * A supplier trading both needs a qualifier found in both lists.
 */
final class EdiIdentityRules {

	static final String QUALIFIER = "ediIdentity.qualifier";
	static final String ID = "ediIdentity.id";
	static final String GROUP_ID = "ediIdentity.groupId";

	private EdiIdentityRules() {
	}

	/** Every problem of the identity for the standards the supplier trades; empty when it can be written. */
	static List<FieldProblem> check(EdiIdentity identity, boolean x12, boolean edifact) {
		var problems = new ArrayList<FieldProblem>();
		String qualifier = identity.qualifier();
		if (x12 && !EdiCodeLists.isX12Qualifier(qualifier)) {
			problems.add(new FieldProblem(QUALIFIER, "'%s' is no X12 interchange id qualifier (ISA05/ISA07, code list "
					.formatted(qualifier) + "I05): use one of " + String.join(", ", EdiCodeLists.sorted(X12_ID_QUALIFIERS))
					+ (edifact ? "; a supplier trading X12 and EDIFACT needs a qualifier found in both lists" : "")));
		}
		if (edifact && !EdiCodeLists.isEdifactQualifier(qualifier)) {
			problems.add(new FieldProblem(QUALIFIER, "'%s' is no EDIFACT identification code qualifier (UNB 0007): use "
					.formatted(qualifier) + "one of " + String.join(", ", EdiCodeLists.sorted(EDIFACT_ID_QUALIFIERS))
					+ " (or ZZ, mutually defined as partners' guides use it)"
					+ (x12 ? "; a supplier trading X12 and EDIFACT needs a qualifier found in both lists" : "")));
		}
		if (x12 && !EdiCodeLists.isX12Id(identity.id())) {
			problems.add(new FieldProblem(ID, "An X12 interchange id (ISA06/ISA08) is 1 to " + X12_ID_LENGTH
					+ " printable ASCII characters without *, > or ~"));
		}
		if (edifact && !EdiCodeLists.isEdifactId(identity.id())) {
			problems.add(new FieldProblem(ID, "An EDIFACT interchange id (UNB 0004/0010) is 1 to " + EDIFACT_ID_LENGTH
					+ " printable ASCII characters"));
		}
		String groupId = identity.groupId();
		if (x12 && (groupId.length() < 2 || !EdiCodeLists.isX12Id(groupId))) {
			problems.add(new FieldProblem(GROUP_ID, "An X12 application code (GS02/GS03) is 2 to " + X12_ID_LENGTH
					+ " printable ASCII characters without *, > or ~"));
		}
		return problems;
	}
}

package org.distributionhub.supplier.exchange.application;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiCodeLists;
import org.distributionhub.supplier.partners.api.EdiIdentity;

/**
 * Whether a supplier's EDI identity fits the envelope of the standard a purchase order goes out in, by the same code
 * lists its profile was checked against when saved. A profile saved before those checks may still hold a value that
 * does not fit: it is refused naming the profile field, so an admin knows what to correct.
 */
final class EnvelopeIdentities {

	private EnvelopeIdentities() {
	}

	static void requireWritable(String supplierId, Channel channel, EdiIdentity partner) {
		boolean x12 = channel == Channel.X12;
		String qualifier = partner.qualifier();
		if (x12 ? !EdiCodeLists.isX12Qualifier(qualifier) : !EdiCodeLists.isEdifactQualifier(qualifier)) {
			throw refused(supplierId, channel, "$.ediIdentity.qualifier", "'" + qualifier + "' is no "
					+ (x12 ? "X12 interchange id qualifier (ISA07, code list I05)"
							: "EDIFACT identification code qualifier (UNB 0007)"));
		}
		if (x12 ? !EdiCodeLists.isX12Id(partner.id()) : !EdiCodeLists.isEdifactId(partner.id())) {
			throw refused(supplierId, channel, "$.ediIdentity.id", x12
					? "an X12 interchange id (ISA08) is 1 to 15 printable ASCII characters without *, > or ~"
					: "an EDIFACT interchange id (UNB 0010) is 1 to 35 printable ASCII characters");
		}
		if (x12 && (partner.groupId().length() < 2 || !EdiCodeLists.isX12Id(partner.groupId()))) {
			throw refused(supplierId, channel, "$.ediIdentity.groupId",
					"an X12 application code (GS03) is 2 to 15 printable ASCII characters without *, > or ~");
		}
	}

	private static IllegalArgumentException refused(String supplierId, Channel channel, String field, String why) {
		return new IllegalArgumentException("Supplier %s's profile cannot be sent %s purchase orders: profile field %s: %s; correct the profile"
			.formatted(supplierId, channel, field, why));
	}
}

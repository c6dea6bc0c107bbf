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

	/**
	 * Our own identity (hub.supplier.edi.*) as the envelopes we write need it; a hub configured with one they cannot
	 * carry does not start, naming the setting.
	 */
	static void requireOurs(EdiIdentity x12, EdiIdentity edifact) {
		if (!EdiCodeLists.isX12Qualifier(x12.qualifier())) {
			throw misconfigured("qualifier", "'" + x12.qualifier() + "' is no X12 interchange id qualifier (I05)");
		}
		if (!EdiCodeLists.isX12Id(x12.id())) {
			throw misconfigured("id", "an X12 interchange id is 1 to 15 printable ASCII characters without *, > or ~");
		}
		if (x12.groupId().length() < 2 || !EdiCodeLists.isX12Id(x12.groupId())) {
			throw misconfigured("group-id", "an X12 application code (GS02) is 2 to 15 characters");
		}
		if (!EdiCodeLists.isEdifactQualifier(edifact.qualifier())) {
			throw misconfigured("edifact-qualifier",
					"'" + edifact.qualifier() + "' is no EDIFACT identification code qualifier (0007)");
		}
	}

	private static IllegalStateException misconfigured(String setting, String why) {
		return new IllegalStateException("hub.supplier.edi." + setting + ": " + why);
	}

	private static IllegalArgumentException refused(String supplierId, Channel channel, String field, String why) {
		return new IllegalArgumentException("Supplier %s's profile cannot be sent %s purchase orders: profile field %s: %s; correct the profile"
			.formatted(supplierId, channel, field, why));
	}
}

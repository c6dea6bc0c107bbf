package org.distributionhub.supplier.exchange.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.junit.jupiter.api.Test;

class EnvelopeIdentitiesTest {

	@Test
	void aPartnerIdentityTheEnvelopeCarriesPasses() {
		assertThatCode(() -> EnvelopeIdentities.requireWritable("books", Channel.EDIFACT,
				new EdiIdentity("31B", "1234567", "1234567"))).doesNotThrowAnyException();
		assertThatCode(() -> EnvelopeIdentities.requireWritable("acme", Channel.X12,
				new EdiIdentity("ZZ", "ACME", "ACME"))).doesNotThrowAnyException();
	}

	@Test
	void aStoredIdentityNoEnvelopeCarriesIsRefusedNamingTheProfileField() {
		assertThatThrownBy(() -> EnvelopeIdentities.requireWritable("books", Channel.X12,
				new EdiIdentity("31B", "1234567", "1234567")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Supplier books's profile cannot be sent X12 purchase orders: profile field "
					+ "$.ediIdentity.qualifier: '31B' is no X12 interchange id qualifier (ISA07, code list I05); "
					+ "correct the profile");
		assertThatThrownBy(() -> EnvelopeIdentities.requireWritable("acme", Channel.X12,
				new EdiIdentity("ZZ", "A-VERY-LONG-X12-ID", "ACME")))
			.hasMessageContaining("profile field $.ediIdentity.id");
		assertThatThrownBy(() -> EnvelopeIdentities.requireWritable("acme", Channel.X12,
				new EdiIdentity("ZZ", "ACME", "A")))
			.hasMessageContaining("profile field $.ediIdentity.groupId");
		assertThatThrownBy(() -> EnvelopeIdentities.requireWritable("globex", Channel.EDIFACT,
				new EdiIdentity("01", "5400110000009", "X")))
			.hasMessageContaining("profile field $.ediIdentity.qualifier: '01' is no EDIFACT identification code");
	}

	@Test
	void ourOwnIdentityMustFitTooNamingTheSetting() {
		assertThatCode(() -> EnvelopeIdentities.requireOurs(new EdiIdentity("ZZ", "DISTHUB", "DISTHUB"),
				new EdiIdentity("ZZZ", "DISTHUB", "DISTHUB"))).doesNotThrowAnyException();
		assertThatThrownBy(() -> EnvelopeIdentities.requireOurs(new EdiIdentity("ZZ", "DISTHUB", "DISTHUB"),
				new EdiIdentity("QQ", "DISTHUB", "DISTHUB")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("hub.supplier.edi.edifact-qualifier: 'QQ' is no EDIFACT identification code qualifier (0007)");
		assertThatThrownBy(() -> EnvelopeIdentities.requireOurs(new EdiIdentity("ZZZ", "DISTHUB", "DISTHUB"),
				new EdiIdentity("ZZZ", "DISTHUB", "DISTHUB")))
			.hasMessageStartingWith("hub.supplier.edi.qualifier: 'ZZZ'");
	}
}

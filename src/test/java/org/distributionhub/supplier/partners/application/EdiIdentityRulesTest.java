package org.distributionhub.supplier.partners.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.partners.api.EdiCodeLists;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.ports.in.FieldProblem;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdiIdentityRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "01", "02", "08", "12", "14", "16", "20", "27", "30", "33", "38", "AM", "NR", "SA", "SN",
			"ZZ" })
	void everyX12InterchangeIdQualifierIsTaken(String qualifier) {
		assertThat(EdiIdentityRules.check(new EdiIdentity(qualifier, "SUPPLIER01", "SUPPLIER01"), true, false))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00", "05", "06", "39", "92", "ZZZ", "31B", "1", "X" })
	void aValueOutsideI05IsRefusedNamingTheQualifier(String qualifier) {
		assertThat(EdiIdentityRules.check(new EdiIdentity(qualifier, "SUPPLIER01", "SUPPLIER01"), true, false))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("ediIdentity.qualifier");
				assertThat(problem.message()).startsWith("'" + qualifier + "' is no X12 interchange id qualifier")
					.contains("01, 02, 03, 04, 07").contains("ZZ");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "5", "8", "9", "12", "14", "22", "30", "31", "31B", "55", "91", "92", "103", "146",
			"500", "506", "ZZZ", "ZZ" })
	void everyEdifactPartnerQualifierIsTakenBookTradeSanIncluded(String qualifier) {
		assertThat(EdiIdentityRules.check(new EdiIdentity(qualifier, "1234567", "1234567"), false, true)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "01", "2", "31A", "507", "Z01", "999", "ZZZZ" })
	void aValueOutside0007IsRefusedNamingTheQualifier(String qualifier) {
		assertThat(EdiIdentityRules.check(new EdiIdentity(qualifier, "1234567", "1234567"), false, true))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("ediIdentity.qualifier");
				assertThat(problem.message()).contains("is no EDIFACT identification code qualifier (UNB 0007)")
					.contains("31B").contains("ZZZ");
			});
	}

	@Test
	void aSupplierTradingBothNeedsAQualifierInBothLists() {
		assertThat(EdiIdentityRules.check(new EdiIdentity("14", "5412345000013", "5412345000013"), true, true))
			.isEmpty();
		assertThat(EdiIdentityRules.check(new EdiIdentity("ZZ", "ACME", "ACME"), true, true)).isEmpty();
		assertThat(EdiIdentityRules.check(new EdiIdentity("ZZZ", "ACME", "ACME"), true, true))
			.extracting(FieldProblem::field).containsExactly("ediIdentity.qualifier");
		assertThat(EdiIdentityRules.check(new EdiIdentity("31B", "1234567", "1234567"), true, true))
			.extracting(FieldProblem::message).singleElement().asString()
			.contains("a supplier trading X12 and EDIFACT needs a qualifier found in both lists");
	}

	@Test
	void idsFitTheirEnvelopes() {
		assertThat(EdiIdentityRules.check(new EdiIdentity("ZZ", "X".repeat(15), "GS"), true, false)).isEmpty();
		assertThat(EdiIdentityRules.check(new EdiIdentity("ZZ", "X".repeat(16), "GS"), true, false))
			.extracting(FieldProblem::field).containsExactly("ediIdentity.id");
		assertThat(EdiIdentityRules.check(new EdiIdentity("ZZ", "AC*ME", "AC~ME"), true, false))
			.extracting(FieldProblem::field).containsExactly("ediIdentity.id", "ediIdentity.groupId");
		assertThat(EdiIdentityRules.check(new EdiIdentity("ZZ", "ACME", "A"), true, false))
			.extracting(FieldProblem::field).containsExactly("ediIdentity.groupId");
		assertThat(EdiIdentityRules.check(new EdiIdentity("14", "X".repeat(35), "X"), false, true)).isEmpty();
		assertThat(EdiIdentityRules.check(new EdiIdentity("14", "ÉDITEUR", "X"), false, true))
			.extracting(FieldProblem::field).containsExactly("ediIdentity.id");
	}

	@Test
	void theAdminApiAndYamlPathRefuseABadQualifierAndTake31B() {
		var x12 = new SupplierProfileData(null, "Acme", null, "X12", new EdiIdentityData("QQ", "ACME", null), null,
				null, null, Map.of(), null);
		try {
			ProfileConversion.toProfile("acme", x12, List.of());
			throw new AssertionError("accepted QQ");
		}
		catch (SupplierDataRejected e) {
			assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("ediIdentity.qualifier");
		}
		var books = new SupplierProfileData(null, "Book wholesaler", null, "EDIFACT",
				new EdiIdentityData("31b", "1234567", null), null, null, null, Map.of(), null);
		assertThat(ProfileConversion.toProfile("books", books, List.of()).ediIdentity().qualifier()).isEqualTo("31B");
	}

	@Test
	void envelopeVersionsAndSyntaxesFollowTheStandards() {
		assertThat(EdiCodeLists.isX12InterchangeVersion("00401")).isTrue();
		assertThat(EdiCodeLists.isX12InterchangeVersion("00200")).isTrue();
		assertThat(EdiCodeLists.isX12InterchangeVersion("00801")).isTrue();
		assertThat(EdiCodeLists.isX12InterchangeVersion("00199")).isFalse();
		assertThat(EdiCodeLists.isX12InterchangeVersion("00900")).isFalse();
		assertThat(EdiCodeLists.isX12GroupVersion("002001")).isTrue();
		assertThat(EdiCodeLists.isX12GroupVersion("004010")).isTrue();
		assertThat(EdiCodeLists.isX12GroupVersion("005010X222A1")).isTrue();
		assertThat(EdiCodeLists.isX12GroupVersion("008010")).isTrue();
		assertThat(EdiCodeLists.isX12GroupVersion("008020")).isFalse();
		assertThat(EdiCodeLists.isX12GroupVersion("001000")).isFalse();
		assertThat(EdiCodeLists.isEdifactSyntax("UNOA", "1")).isTrue();
		assertThat(EdiCodeLists.isEdifactSyntax("UNOC", "3")).isTrue();
		assertThat(EdiCodeLists.isEdifactSyntax("UNOW", "4")).isTrue();
		assertThat(EdiCodeLists.isEdifactSyntax("UNOY", "4")).isTrue();
		assertThat(EdiCodeLists.isEdifactSyntax("UNOZ", "4")).isFalse();
		assertThat(EdiCodeLists.isEdifactSyntax("UNOC", "5")).isFalse();
	}
}

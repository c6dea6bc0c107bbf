package org.distributionhub.supplier.partners.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;

class ProfileYamlTest {

	private final List<String> problems = new ArrayList<>();

	@Test
	void codesThatLookLikeNumbersKeepTheirSpelling() {
		var profile = read("""
				name: ACME
				purchaseOrderChannel: X12
				ediIdentity:
				  qualifier: 01
				  id: 0012345
				""");

		assertThat(problems).isEmpty();
		assertThat(profile.ediIdentity().qualifier()).isEqualTo("01");
		assertThat(profile.ediIdentity().id()).isEqualTo("0012345");
	}

	@Test
	void readsWhereTheSuppliersPriceChangesAre() {
		var profile = read("""
				name: ACME
				purchaseOrderChannel: X12
				priceChangeSource: CTP
				""");

		assertThat(problems).isEmpty();
		assertThat(profile.priceChangeSource()).isEqualTo("CTP");
		assertThat(read("name: ACME\n").priceChangeSource()).isNull();
	}

	@Test
	void aProblemNamesTheLineOfItsField() {
		read("""
				name: ACME
				ediIdentity:
				  qualifier: ZZ
				  idd: ACME
				""");

		assertThat(problems).singleElement().asString()
			.startsWith("acme.yml: line 4: ediIdentity.idd: Unknown field 'idd'; known fields: groupId, id, qualifier");
	}

	@Test
	void nestedFieldsAreFoundUnderTheirParent() {
		String yaml = "id: acme\nname: ACME\nediIdentity:\n  qualifier: ZZ\n  id: ACME\n";

		assertThat(ProfileYaml.lineOf(yaml, "ediIdentity.id")).isEqualTo(5);
		assertThat(ProfileYaml.lineOf(yaml, "id")).isEqualTo(1);
		assertThat(ProfileYaml.lineOf(yaml, "webhookUrl")).isZero();
		assertThat(ProfileYaml.lineOf(yaml, "")).isZero();
	}

	@Test
	void anEmptyOrNonObjectFileIsAProblemNotAnError() {
		read("");
		read("- just\n- a list\n");

		assertThat(problems).hasSize(2).allSatisfy(it -> assertThat(it).startsWith("acme.yml: "));
	}

	private SupplierProfileData read(String yaml) {
		return ProfileYaml.read("acme.yml", yaml.getBytes(StandardCharsets.UTF_8), problems);
	}
}

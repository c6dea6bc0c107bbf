package org.distributionhub.supplier.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PriceChangeSource;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.in.FieldProblem;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData.EdiIdentityData;
import org.junit.jupiter.api.Test;

class ProfileConversionTest {

	@Test
	void defaultsFillWhatAnAdminLeftOut() {
		var profile = ProfileConversion.toProfile("acme", data("ACME", "x12", null,
				new EdiIdentityData("01", "123456789", null), null, null, null, null), List.of());

		assertThat(profile.inboundChannels()).containsExactly(Channel.X12);
		assertThat(profile.ediIdentity().groupId()).isEqualTo("123456789");
		assertThat(profile.ediIdentity().qualifier()).isEqualTo("01");
		assertThat(profile.acknowledgementDue()).isEqualTo(Duration.ofHours(48));
		assertThat(profile.remainderPolicy()).isEqualTo(RemainderPolicy.CANCEL);
		assertThat(profile.active()).isTrue();
		assertThat(profile.priceChangeSource()).isEqualTo(PriceChangeSource.CTP_OR_PO104);
	}

	@Test
	void thePriceChangeSourceIsOneOfThree() {
		var data = new SupplierProfileData("acme", "ACME", null, "X12", new EdiIdentityData("ZZ", "ACME", null), null,
				null, null, null, null, null, null, "po104");
		assertThat(ProfileConversion.toProfile("acme", data, List.of()).priceChangeSource())
			.isEqualTo(PriceChangeSource.PO104);
		assertThat(problems(new SupplierProfileData("acme", "ACME", null, "X12",
				new EdiIdentityData("ZZ", "ACME", null), null, null, null, null, null, null, null, "EDI")))
			.containsExactly(new FieldProblem("priceChangeSource",
					"'EDI' is no price change source: use CTP, PO104 or CTP_OR_PO104"));
	}

	@Test
	void dueTimesAreReadInShortAndIsoForm() {
		assertThat(due("90m")).isEqualTo(Duration.ofMinutes(90));
		assertThat(due("2d")).isEqualTo(Duration.ofDays(2));
		assertThat(due("PT36H")).isEqualTo(Duration.ofHours(36));
		assertThat(due("pt36h")).isEqualTo(Duration.ofHours(36));
	}

	@Test
	void everyProblemIsReportedAtOnceWithItsFieldPath() {
		var bad = new SupplierProfileData("other", " ", List.of("X12", "FAX"), "X12",
				new EdiIdentityData("TOOLONG", "A-VERY-LONG-INTERCHANGE-ID", null), "ftp://example.com",
				"tomorrow", "KEEP", Map.of("BO", "LATER"), null);

		assertThat(problems(bad)).containsExactlyInAnyOrder(
				new FieldProblem("id", "Says 'other' but the supplier is 'acme'"),
				new FieldProblem("name", "A supplier needs a name of 1 to 200 characters"),
				new FieldProblem("inboundChannels[1]", "'FAX' is no channel: use API, X12, EDIFACT or CSV"),
				new FieldProblem("ediIdentity.qualifier", "An EDI id qualifier is 1 to 4 letters or digits, such as ZZ or 01"),
				new FieldProblem("ediIdentity.groupId", "An EDI application (GS) id is 1 to 15 characters"),
				new FieldProblem("webhookUrl", "A webhook URL is an absolute http or https URL"),
				new FieldProblem("acknowledgementDue", "'tomorrow' is no duration: write 48h, 2d, 90m or PT48H"),
				new FieldProblem("remainderPolicy", "'KEEP' is no remainder policy: use CANCEL or BACKORDER"),
				new FieldProblem("codeMap.BO", "'LATER' is no line outcome: use one of ACCEPTED, QUANTITY_CHANGED, "
						+ "DATE_CHANGED, PRICE_CHANGED, REJECTED, BACKORDERED, SUBSTITUTED, ON_HOLD, CANCELLED"));
	}

	@Test
	void ediTradingNeedsAnIdentityAndX12IdsFitTheIsa() {
		assertThat(problems(data("ACME", "CSV", List.of("EDIFACT"), null, null, null, null, null)))
			.extracting(FieldProblem::field).containsExactly("ediIdentity");
		assertThat(problems(data("ACME", "X12", null, new EdiIdentityData("ZZ", "SIXTEEN-CHARS-ID", "GS"), null, null,
				null, null))).containsExactly(
						new FieldProblem("ediIdentity.id",
								"An X12 interchange id (ISA06/ISA08) is 1 to 15 printable ASCII characters without *, > or ~"));
		assertThat(problems(data("ACME", null, null, null, null, null, null, null)))
			.extracting(FieldProblem::field).containsExactly("purchaseOrderChannel");
		assertThat(problems(data("ACME", "API", null, null, " ", null, null, null)))
			.extracting(FieldProblem::field).containsExactly("webhookUrl");
	}

	@Test
	void aSupplierIdOutsideTheSafeCharactersIsRefused() {
		assertThatThrownBy(() -> ProfileConversion.toProfile("a/b", data("ACME", "CSV", null, null, null, null, null,
				null), List.of())).isInstanceOf(SupplierDataRejected.class).hasMessageStartingWith("id: ");
	}

	private static Duration due(String value) {
		return ProfileConversion.toProfile("acme", data("ACME", "CSV", null, null, null, value, null, null), List.of())
			.acknowledgementDue();
	}

	private static List<FieldProblem> problems(SupplierProfileData data) {
		try {
			ProfileConversion.toProfile("acme", data, List.of());
		}
		catch (SupplierDataRejected e) {
			return e.problems();
		}
		throw new AssertionError("accepted: " + data);
	}

	static SupplierProfileData data(String name, String poChannel, List<String> inbound, EdiIdentityData edi,
			String webhook, String due, String remainder, Map<String, String> codes) {
		return new SupplierProfileData(null, name, inbound, poChannel, edi, webhook, due, remainder, codes, null);
	}
}

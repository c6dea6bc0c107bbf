package org.distributionhub.supplier.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCodesTest {

	@ParameterizedTest
	@CsvSource({ "X12,IA,ACCEPTED", "X12,IQ,ACCEPTED", "X12,DR,ACCEPTED", "X12,IP,ACCEPTED", "X12,IC,ACCEPTED",
			"X12,IB,BACKORDERED", "X12,BP,ACCEPTED_BALANCE_BACKORDERED", "X12,IS,SUBSTITUTED", "X12,IR,REJECTED",
			"X12,ID,REJECTED", "X12,R2,REJECTED", "X12,R9,REJECTED", "X12,IH,ON_HOLD", "X12,SP,ACCEPTED",
			"EDIFACT,5,ACCEPTED", "EDIFACT,6,ACCEPTED", "EDIFACT,3,ACCEPTED", "EDIFACT,7,REJECTED", "EDIFACT,83,BACKORDERED",
			"PORTAL,Accepted,ACCEPTED", "PORTAL,Backordered,BACKORDERED", "PORTAL,Rejected,REJECTED",
			"PORTAL,QuantityChanged,ACCEPTED", "CSV,BACKORDERED,BACKORDERED" })
	void standardLineCodes(CodeList list, String code, LineStatus expected) {
		assertThat(StatusCodes.lineStatus(list, code, null, Map.of())).isEqualTo(expected);
	}

	@Test
	void aPartnerCodeIsTranslatedByItsProfileFirst() {
		assertThat(StatusCodes.lineStatus(CodeList.X12, "IA", "AC", Map.of("AC", "backordered")))
			.isEqualTo(LineStatus.BACKORDERED);
		assertThat(StatusCodes.lineStatus(CodeList.X12, "ZZ", null, Map.of("ZZ", "REJECTED")))
			.isEqualTo(LineStatus.REJECTED);
		assertThat(StatusCodes.meaning(CodeList.X12, "IA", "D7", Map.of("D7", "DATE_CHANGED")))
			.isEqualTo(new StatusMeaning(LineStatus.ACCEPTED, StatusMeaning.Qualifier.DATE));
		assertThat(StatusCodes.lineStatus(CodeList.X12, "IA", "XC", Map.of("XC", "CANCELLED")))
			.isEqualTo(LineStatus.REJECTED);
	}

	@Test
	void unknownCodesAreNamed() {
		assertThatThrownBy(() -> StatusCodes.lineStatus(CodeList.X12, "QQ", null, Map.of()))
			.isInstanceOf(UnknownCodeException.class).hasMessageContaining("'QQ'");
		assertThatThrownBy(() -> StatusCodes.lineStatus(CodeList.X12, "ZZ", null, Map.of("ZZ", "MAYBE")))
			.hasMessageContaining("MAYBE");
	}

	@ParameterizedTest
	@CsvSource({ "X12,00,ORIGINAL", "X12,06,ORIGINAL", "X12,04,CHANGE", "X12,19,CHANGE", "X12,05,REPLACE",
			"X12,07,DUPLICATE", "X12,01,CANCELLATION", "X12,11,ORIGINAL", "X12,18,REPLACE", "EDIFACT,6,ORIGINAL",
			"EDIFACT,3,CANCELLATION", "EDIFACT,29,ORIGINAL", "EDIFACT,4,CHANGE",
			"EDIFACT,27,ORIGINAL", "EDIFACT,5,REPLACE", "EDIFACT,7,DUPLICATE", "PORTAL,replace,REPLACE" })
	void purposeCodes(CodeList list, String code, Purpose expected) {
		assertThat(StatusCodes.purpose(list, code)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "AC,ACCEPT_UNLISTED", "AD,ACCEPT_UNLISTED", "AE,ACCEPT_UNLISTED", "AK,ACCEPT_UNLISTED",
			"AT,ACCEPT_UNLISTED", "RJ,REJECT_UNLISTED", "RD,REJECT_UNLISTED", "RF,REJECT_UNLISTED",
			"AH,HOLD_UNLISTED", "NA,LEAVE_UNLISTED", "AP,ACCEPT_UNLISTED", "RO,ACCEPT_UNLISTED", "RN,REJECT_UNLISTED",
			"RV,REJECT_UNLISTED", "ZZ,LEAVE_UNLISTED" })
	void x12AcknowledgementTypes(String code, Disposition expected) {
		assertThat(StatusCodes.disposition(CodeList.X12, code, "00")).isEqualTo(expected);
	}

	@Test
	void edifactMessageFunctionDecidesTheDisposition() {
		assertThat(StatusCodes.disposition(CodeList.EDIFACT, null, "27")).isEqualTo(Disposition.REJECT_UNLISTED);
		assertThat(StatusCodes.disposition(CodeList.EDIFACT, null, "29")).isEqualTo(Disposition.ACCEPT_UNLISTED);
	}

	@ParameterizedTest
	@CsvSource({ "AB,ACCEPT_UNLISTED", "AC,ACCEPT_UNLISTED", "AI,ACCEPT_UNLISTED", "AP,ACCEPT_UNLISTED",
			"CA,ACCEPT_UNLISTED", "CO,ACCEPT_UNLISTED", "RE,REJECT_UNLISTED", "NA,LEAVE_UNLISTED" })
	void edifactResponseTypesAreReadFromTheirOwnCodeList(String code, Disposition expected) {
		assertThat(StatusCodes.disposition(CodeList.EDIFACT, code, "4")).isEqualTo(expected);
	}

	@Test
	void anUnknownEdifactResponseTypeIsNamedWithItsOwnCodeList() {
		assertThatThrownBy(() -> StatusCodes.disposition(CodeList.EDIFACT, "RJ", "4"))
			.hasMessageContaining("BGM response type (4343) 'RJ'");
	}

	@ParameterizedTest
	@CsvSource({ "X12,DR,ACCEPTED,DATE", "X12,DQ,ACCEPTED,DATE", "X12,IP,ACCEPTED,PRICE", "X12,IQ,ACCEPTED,QUANTITY",
			"X12,IS,SUBSTITUTED,SUBSTITUTION", "X12,IA,ACCEPTED,NONE", "X12,AA,ACCEPTED,NONE", "X12,IE,ACCEPTED,NONE",
			"X12,IF,ON_HOLD,NONE", "X12,IW,ON_HOLD,NONE", "X12,R4,REJECTED,NONE", "EDIFACT,1,ACCEPTED,NONE",
			"EDIFACT,2,REJECTED,NONE", "EDIFACT,3,ACCEPTED,QUANTITY", "PORTAL,DateChanged,ACCEPTED,DATE" })
	void whatACodeQualifies(CodeList list, String code, LineStatus status, StatusMeaning.Qualifier qualifier) {
		assertThat(StatusCodes.meaning(list, code, null, Map.of())).isEqualTo(new StatusMeaning(status, qualifier));
	}

	@Test
	void purposesThatCannotBeAppliedAreRefusedWithTheirNameAndWhatIsApplied() {
		assertThatThrownBy(() -> StatusCodes.purpose(CodeList.X12, "13")).isInstanceOf(UnknownCodeException.class)
			.hasMessageContaining("'13' (request)").hasMessageContaining("11 response");
		assertThatThrownBy(() -> StatusCodes.purpose(CodeList.X12, "QQ")).hasMessageContaining("'QQ'");
		assertThatThrownBy(() -> StatusCodes.purpose(CodeList.EDIFACT, "53")).hasMessageContaining("'53'");
		assertThatThrownBy(() -> StatusCodes.disposition(CodeList.X12, "XX", "00")).hasMessageContaining("'XX'")
			.hasMessageContaining("RV");
	}

	@Test
	void rejectionCodesCarryTheirReason() {
		assertThat(StatusCodes.rejectionReason(CodeList.X12, "R4")).isEqualTo("contract item not available");
		assertThat(StatusCodes.rejectionReason(CodeList.EDIFACT, "7")).isEqualTo("not accepted");
		assertThat(StatusCodes.rejectionReason(CodeList.X12, "IA")).isNull();
	}
}

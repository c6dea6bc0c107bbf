package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice.Item;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * 856 hierarchies in every shape partners send (S/O/I, S/O/P/I, S/T/O/I, S/O/T/P/I), with the PO number at order
 * level (PRF) or at item level (LIN PO or ON), in 004010 and 002001 envelopes.
 */
class X12ShipNoticeShapesTest {

	private final X12MessageReader reader = new X12MessageReader();

	@ParameterizedTest
	@ValueSource(strings = { "order", "item" })
	void shipmentOrderItem(String poAt) {
		var notice = notice("""
				BSN*00*SHP-1*20261201*0800
				HL*1**S
				HL*2*1*O
				%s
				HL*3*2*I
				LIN*1*VP*ABC-1%s
				SN1**10*EA
				HL*4*2*I
				LIN*2*UP*012345678905%s
				SN1**4*EA
				CTT*4
				""".formatted(poAt.equals("order") ? "PRF*PO-3001" : "REF*IA*123",
				poAt.equals("item") ? "*PO*PO-3001" : "", poAt.equals("item") ? "*ON*PO-3001" : ""));

		assertThat(notice.items()).extracting(Item::poNumber, Item::lineNumber, Item::items, Item::packId)
			.containsExactly(tuple("PO-3001", "1", List.of(new PartnerItemId("VP", "ABC-1")), null),
					tuple("PO-3001", "2", List.of(new PartnerItemId("UP", "012345678905")), null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "order", "item" })
	void shipmentOrderPackItem(String poAt) {
		var notice = notice("""
				BSN*00*SHP-2*20261201*0800*0001
				HL*1**S
				HL*2*1*O
				%s
				HL*3*2*P
				MAN*GM*00012345600000001017
				HL*4*3*I
				LIN*1*VP*ABC-1%s
				SN1**10*EA
				CTT*4
				""".formatted(poAt.equals("order") ? "PRF*PO-3002" : "", poAt.equals("item") ? "*PO*PO-3002" : ""));

		assertThat(notice.items()).extracting(Item::poNumber, Item::packId)
			.containsExactly(tuple("PO-3002", "00012345600000001017"));
	}

	@Test
	void shipmentTareOrderItemWithAPalletPerOrder() {
		var notice = notice("""
				BSN*00*SHP-3*20261201*0800
				HL*1**S
				HL*2*1*T
				MAN*GM*00012345600000002014
				HL*3*2*O
				PRF*PO-3003
				HL*4*3*I
				LIN*1*VP*ABC-1
				SN1**24*EA
				HL*5*1*T
				MAN*GM*00012345600000002021
				HL*6*5*O
				PRF*PO-3004
				HL*7*6*I
				LIN*1*VP*ABC-2
				SN1**12*EA
				CTT*7
				""");

		assertThat(notice.items()).extracting(Item::poNumber, Item::packId)
			.containsExactly(tuple("PO-3003", "00012345600000002014"), tuple("PO-3004", "00012345600000002021"));
	}

	@Test
	void shipmentOrderTarePackItemWithThePoOnEachItem() {
		var notice = notice("""
				BSN*00*SHP-4*20261201*0800*0001
				HL*1**S
				TD1*PLT*2
				DTM*011*20261201
				HL*2*1*O
				REF*VN*SO-88
				HL*3*2*T
				MAN*GM*00012345600000003011
				HL*4*3*P
				MAN*GM*00012345600000003028
				HL*5*4*I
				LIN*1*PO*PO-3005*VP*ABC-1*PL*2
				SN1**6*EA
				HL*6*4*I
				LIN*2*ON*PO-3006*UP*012345678905
				SN1**3*EA
				HL*7*3*P
				MAN*GM*00012345600000003035
				HL*8*7*I
				LIN*3*PO*PO-3005*VP*ABC-3
				SN1**8*EA
				CTT*8
				""");

		assertThat(notice.items()).extracting(Item::poNumber, Item::lineNumber, Item::items, Item::packId)
			.containsExactly(
					tuple("PO-3005", "2", List.of(new PartnerItemId("VP", "ABC-1")), "00012345600000003028"),
					tuple("PO-3006", "2", List.of(new PartnerItemId("UP", "012345678905")), "00012345600000003028"),
					tuple("PO-3005", "3", List.of(new PartnerItemId("VP", "ABC-3")), "00012345600000003035"));
	}

	@Test
	void aPrfAtItemLevelWinsOverTheOrderLevel() {
		var notice = notice("""
				BSN*00*SHP-5*20261201*0800
				HL*1**S
				HL*2*1*O
				PRF*PO-3007
				HL*3*2*I
				LIN*1*VP*ABC-1
				SN1**1*EA
				PRF*PO-3008
				HL*4*2*I
				LIN*2*VP*ABC-2
				SN1**1*EA
				CTT*4
				""");

		assertThat(notice.items()).extracting(Item::poNumber).containsExactly("PO-3008", "PO-3007");
	}

	@Test
	void anItemWithAPoButNoOrderLevelIsRead() {
		var notice = notice("""
				BSN*00*SHP-6*20261201*0800
				HL*1**S
				HL*2*1*P
				MAN*GM*00012345600000004018
				HL*3*2*I
				LIN*1*PO*PO-3009*VP*ABC-1
				SN1**2*EA
				CTT*3
				""");

		assertThat(notice.items()).extracting(Item::poNumber, Item::packId)
			.containsExactly(tuple("PO-3009", "00012345600000004018"));
	}

	@Test
	void anItemWithNoPoAnywhereIsAnError() {
		ReadResult result = read("""
				BSN*00*SHP-7*20261201*0800
				HL*1**S
				HL*2*1*P
				HL*3*2*I
				LIN*1*VP*ABC-1
				SN1**2*EA
				CTT*3
				""", "00401", "004010");

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("names no PO"));
	}

	@Test
	void theSameShapeInAn002001Interchange() {
		ReadResult result = read("""
				BSN*00*SHP-8*261201*0800
				HL*1**S
				HL*2*1*O
				HL*3*2*T
				HL*4*3*P
				MAN*GM*00012345600000005015
				HL*5*4*I
				LIN*1*PO*PO-3010*VP*ABC-1
				SN1**5*EA
				CTT*5
				""", "00200", "002001");

		assertThat(result.problems()).isEmpty();
		assertThat(((ReceivedShipNotice) result.documents().get(0)).items()).extracting(Item::poNumber)
			.containsExactly("PO-3010");
	}

	@Test
	void latin1BytesInAnX12MessageAreReadAsSent() {
		String text = EdiFiles.x12("00401", "004010", "SH", "856", List.of("""
				BSN*00*SHP-9*20261201*0800
				HL*1**S
				TD5****M*Spedition Müller Straße
				HL*2*1*O
				PRF*PO-3011
				HL*3*2*I
				LIN*1*VP*ABC-1
				SN1**zwölf*EA
				CTT*3
				"""));

		ReadResult result = reader.read(text.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("'zwölf'").doesNotContain("\uFFFD"));
	}

	private ReceivedShipNotice notice(String body) {
		ReadResult result = read(body, "00401", "004010");
		assertThat(result.problems()).isEmpty();
		assertThat(result.groups().get(0).transactions().get(0).status()).isEqualTo("A");
		return (ReceivedShipNotice) result.documents().get(0);
	}

	private ReadResult read(String body, String isaVersion, String gsVersion) {
		String cleaned = body.lines().filter(line -> !line.isBlank()).reduce("", (a, b) -> a + b + "\n");
		String text = EdiFiles.x12(isaVersion, gsVersion, "SH", "856", List.of(cleaned));
		// versions before 003 date the group with six digits
		return reader.read(EdiFiles.bytes(gsVersion.startsWith("002") ? text.replace("*20260127*", "*260127*") : text));
	}
}

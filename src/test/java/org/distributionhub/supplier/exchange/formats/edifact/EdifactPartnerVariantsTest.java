package org.distributionhub.supplier.exchange.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice.Item;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Order responses and despatch advices as EANCOM and book-trade partners write them: each line read by its action
 * code and quantity qualifiers (a status with a quantity is a part of the line, one without qualifies it), items
 * with or without a type, SSCCs per packing level, and text in the interchange's own character set.
 */
class EdifactPartnerVariantsTest {

	private final EdifactMessageReader reader = new EdifactMessageReader();

	/** An ORDRSP for PO-2001 around the given LIN groups, with a correct UNT count. */
	static String ordrsp(String syntax, String lines) {
		return ordrsp(syntax, "3", "261127", lines);
	}

	static String ordrsp(String syntax, String version, String date, String lines) {
		String body = """
				BGM+231+RSP-1+4'
				DTM+137:20261127:102'
				RFF+ON:PO-2001'
				NAD+SU+4012345000009::9++Müller & Söhne GmbH'
				""" + lines.strip() + "\nUNS+S'\n";
		int count = body.strip().split("\n").length + 2;
		return "UNB+" + syntax + ":" + version + "+4012345000009:14+5412345000013:14+" + date + ":1200+501'\n"
				+ "UNH+1+ORDRSP:D:96A:UN:EAN008'\n" + body + "UNT+" + count + "+1'\nUNZ+1+501'\n";
	}

	ReceivedAcknowledgement ack(String text, Charset charset) {
		ReadResult result = reader.read(text.getBytes(charset));
		assertThat(result.problems()).isEmpty();
		return (ReceivedAcknowledgement) result.documents().get(0);
	}

	ReceivedAcknowledgement ack(String lines) {
		return ack(ordrsp("UNOC", lines), StandardCharsets.ISO_8859_1);
	}

	@Test
	void aChangedLineCarriesItsNewQuantityFromQty21AsAPartWithThePromisedDate() {
		Line line = ack("""
				LIN+1+3+4000862141404:SRV'
				QTY+21:80:PCE'
				DTM+2:20261210:102'
				DTM+69:20261215:102'
				MOA+203:800'
				PRI+AAA:10'
				""").lines().get(0);

		assertThat(line.orderedQuantity()).isEqualByComparingTo("80");
		assertThat(line.unitPrice()).isEqualByComparingTo("10");
		assertThat(line.statuses()).singleElement().satisfies(status -> {
			assertThat(status.code()).isEqualTo("3");
			assertThat(status.quantity()).isEqualByComparingTo("80");
			assertThat(status.unit()).isEqualTo("PCE");
			assertThat(status.dateQualifier()).isEqualTo("069");
			assertThat(status.date()).isEqualTo(LocalDate.of(2026, 12, 15));
		});
	}

	@Test
	void aConfirmedQuantityGoesBeforeQty21AndABackorderIsAPartOfItsOwn() {
		Line line = ack("""
				LIN+1+3+4000862141404:EN'
				QTY+21:100:PCE'
				QTY+113:70:PCE'
				QTY+83:30:PCE'
				DTM+67:20261220:102'
				""").lines().get(0);

		assertThat(line.statuses()).extracting(Status::code, status -> status.quantity().intValue(), Status::date)
			.containsExactly(tuple("3", 70, LocalDate.of(2026, 12, 20)), tuple("83", 30, null));
	}

	@Test
	void aChangedQuantityWithABackorderSplitsIntoPartsThatAddUpToIt() {
		Line line = ack("""
				LIN+1+3+4000862141404:SRV'
				QTY+21:90:PCE'
				QTY+83:30:PCE'
				DTM+69:20261215:102'
				""").lines().get(0);

		assertThat(line.statuses()).extracting(Status::code, status -> status.quantity().intValue())
			.containsExactly(tuple("3", 60), tuple("83", 30));
	}

	@Test
	void anAcceptedLineCarriesItsConfirmedQuantityAndARejectedOneNone() {
		var ack = ack("""
				LIN+1+5+4000862141404:SRV'
				QTY+21:100:PCE'
				LIN+2+7+4000862141411:SRV'
				QTY+21:5:PCE'
				FTX+AAI+++DISCONTINUED'
				LIN+3+2+4000862141428:SRV'
				LIN+4+6+4000862141435:SRV'
				QTY+21:12:PCE'
				QTY+12:10:PCE'
				QTY+192:2:PCE'
				""");

		assertThat(ack.lines()).extracting(line -> line.statuses().get(0))
			.extracting(Status::code, Status::quantity, Status::reason)
			.satisfiesExactly(first -> assertThat(first.toList()).containsExactly("5", new java.math.BigDecimal("100"), null),
					second -> assertThat(second.toList()).containsExactly("7", null, "DISCONTINUED"),
					third -> assertThat(third.toList()).containsExactly("2", null, null),
					fourth -> assertThat(fourth.toList()).containsExactly("6", new java.math.BigDecimal("10"),
							"plus 2 PCE free goods"));
	}

	@Test
	void aLineWithoutActionIsAcceptedOrChangedByItsQuantities() {
		var ack = ack("""
				LIN+1++4000862141404:SRV'
				QTY+21:100:PCE'
				QTY+113:100:PCE'
				LIN+2++4000862141411:SRV'
				QTY+21:10:PCE'
				QTY+113:4:PCE'
				""");

		assertThat(ack.lines()).extracting(line -> line.statuses().get(0).code()).containsExactly("5", "3");
	}

	@Test
	void thePriceIsTheNetPricePerUnitAndASubstituteIsNamedOnTheStatus() {
		Line line = ack("""
				LIN+1+3+4000862141404:SRV'
				PIA+3+9783161484100:IB'
				QTY+21:10:PCE'
				PRI+AAB:30'
				PRI+AAA:250:CT::10:PCE'
				""").lines().get(0);

		assertThat(line.unitPrice()).isEqualByComparingTo("25");
		assertThat(line.items()).containsExactly(new PartnerItemId("EN", "4000862141404"));
		assertThat(line.statuses().get(0).substituteItems()).containsExactly(new PartnerItemId("IB", "9783161484100"));
	}

	@Test
	void schedulingConditionsSplitTheLineOverDates() {
		Line line = ack("""
				LIN+1+5+4000862141404:SRV'
				QTY+21:100:PCE'
				SCC+1'
				QTY+113:60:PCE'
				DTM+2:20261210:102'
				QTY+113:40:PCE'
				DTM+2:20270105:102'
				""").lines().get(0);

		assertThat(line.schedule()).extracting(schedule -> schedule.quantity().intValue(),
				ReceivedAcknowledgement.Schedule::date)
			.containsExactly(tuple(60, LocalDate.of(2026, 12, 10)), tuple(40, LocalDate.of(2027, 1, 5)));
	}

	@Test
	void anItemWithoutTypeIsKeptUntypedAndAGs1AgencyMakesItAGtin() {
		Line line = ack("""
				LIN+1+5+4000862141404:::9'
				PIA+5+9783161484100'
				QTY+21:1:PCE'
				""").lines().get(0);

		assertThat(line.items()).containsExactly(new PartnerItemId("EN", "4000862141404"),
				new PartnerItemId("", "9783161484100"));
	}

	@Test
	void theOrdersLineNumberComesFromTheLineReference() {
		var ack = ack("""
				LIN+1+5+4000862141404:SRV'
				QTY+21:1:PCE'
				RFF+LI:30'
				LIN+2+5+4000862141411:SRV'
				QTY+21:1:PCE'
				RFF+ON:PO-2001:40'
				LIN+3+5+4000862141428:SRV'
				QTY+21:1:PCE'
				""");

		assertThat(ack.lines()).extracting(Line::lineNumber).containsExactly("30", "40", "3");
	}

	@Test
	void latin1TextInAnUnocInterchangeReadsAsSent() {
		String text = ordrsp("UNOC", """
				LIN+1+7+4000862141404:SRV'
				QTY+21:5:PCE'
				FTX+AAI+++Artikel für Größe XL ausverkauft, désolé'
				""");

		var ack = ack(text, StandardCharsets.ISO_8859_1);

		assertThat(ack.lines().get(0).statuses().get(0).reason())
			.isEqualTo("Artikel für Größe XL ausverkauft, désolé");
	}

	@Test
	void aProblemQuotesLatin1ValuesAsSent() {
		String text = ordrsp("UNOC", """
				LIN+1+3+4000862141404:SRV'
				QTY+21:zwölf:PCE'
				""");

		ReadResult result = reader.read(text.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("'zwölf'").doesNotContain("\uFFFD"));
	}

	@Test
	void otherIsoPartsAndUtf8AreReadByTheirSyntaxIdentifier() {
		String polish = "Dostawa częściowa, reszta w przyszłym tygodniu";
		String lines = "LIN+1+7+4000862141404:SRV'\nFTX+AAI+++" + polish + "'\n";

		assertThat(ack(ordrsp("UNOD", lines), Charset.forName("ISO-8859-2")).lines().get(0).statuses().get(0)
			.reason()).isEqualTo(polish);
		assertThat(ack(ordrsp("UNOW", "4", "20261127", lines), StandardCharsets.UTF_8).lines().get(0).statuses().get(0).reason())
			.isEqualTo(polish);
		assertThat(ack(ordrsp("UNOY", "4", "20261127", lines), StandardCharsets.UTF_8).lines().get(0).statuses().get(0).reason())
			.isEqualTo(polish);
		assertThat(ack(ordrsp("UNOC", lines), StandardCharsets.UTF_8).lines().get(0).statuses().get(0).reason())
			.as("declared UNOC but sent as UTF-8").isEqualTo(polish);
	}

	@Test
	void aDespatchAdviceItemWithoutTypeAndItsPackingLevels() {
		ReadResult result = reader.read(("""
				UNA:+.? '
				UNB+UNOC:3+4012345000009:14+5412345000013:14+261201:0800+502'
				UNH+7+DESADV:D:96A:UN:EAN005'
				BGM+351+DES-77+9'
				DTM+11:20261201:102'
				RFF+ON:PO-2001'
				NAD+SU+4012345000009::9++Buchgroßhandel Köln'
				CPS+1'
				CPS+2+1'
				PAC+1+:52+PX'
				PCI+33E'
				GIN+BJ+340123450000000017'
				CPS+3+2'
				PAC+1+:51+CT'
				PCI+33E'
				GIN+BJ+340123450000000024'
				LIN+1'
				PIA+5+9783161484100'
				QTY+12:6'
				CPS+4+2'
				PAC+1+:51+CT'
				LIN+2'
				PIA+5+9780306406157:IB'
				PIA+1+BK-7:SA'
				QTY+21:3'
				QTY+12:2'
				CPS+5+1'
				PAC+1+:52+PX'
				PCI+33E'
				GIN+BJ+340123450000000031'
				LIN+3++4000862141404:SRV'
				QTY+12:4:PCE'
				RFF+ON:PO-2002:5'
				UNT+32+7'
				UNZ+1+502'
				""").getBytes(StandardCharsets.ISO_8859_1));

		assertThat(result.problems()).isEmpty();
		var notice = (ReceivedShipNotice) result.documents().get(0);
		assertThat(notice.items()).extracting(Item::lineNumber, Item::items, item -> item.quantity().intValue(),
				Item::packId)
			.containsExactly(
					tuple("1", java.util.List.of(new PartnerItemId("", "9783161484100")), 6, "340123450000000024"),
					tuple("2", java.util.List.of(new PartnerItemId("IB", "9780306406157"), new PartnerItemId("VP", "BK-7")),
							2, "340123450000000017"),
					tuple("5", java.util.List.of(new PartnerItemId("EN", "4000862141404")), 4, "340123450000000031"));
		assertThat(notice.items()).extracting(Item::poNumber).containsExactly("PO-2001", "PO-2001", "PO-2002");
	}
}

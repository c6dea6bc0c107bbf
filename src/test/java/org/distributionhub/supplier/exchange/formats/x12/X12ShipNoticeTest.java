package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice;
import org.distributionhub.supplier.exchange.api.ReceivedShipNotice.Item;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.junit.jupiter.api.Test;

/** 856 hierarchies in the orders partners use, flattened to items with their PO and pack. */
class X12ShipNoticeTest {

	private final X12MessageReader reader = new X12MessageReader();

	@Test
	void readsPacksBelowTheirItemAsItemsOfTheirOwn() {
		ReadResult result = read("""
				BSN*00*SHIP-77*20260201*1015*0002
				HL*1**S
				DTM*011*20260201
				DTM*067*20260205
				HL*2*1*O
				PRF*PO-1001
				HL*3*2*I
				LIN*1*VP*ABC-1*BP*SKU-1
				SN1**60*EA
				HL*4*3*P
				MAN*GM*00012345600000000017
				SN1**40*EA
				HL*5*3*P
				MAN*GM*00012345600000000024
				SN1**20*EA
				HL*6*2*I
				LIN*2*VP*ABC-2
				SN1**5*CA
				HL*7*6*P
				MAN*GM*00012345600000000031
				CTT*7
				""");

		assertThat(result.problems()).isEmpty();
		var notice = (ReceivedShipNotice) result.documents().get(0);
		assertThat(notice.shipmentId()).isEqualTo("SHIP-77");
		assertThat(notice.shipDate()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(notice.expectedDelivery()).isEqualTo(LocalDate.of(2026, 2, 5));
		List<PartnerItemId> firstIds = List.of(new PartnerItemId("VP", "ABC-1"), new PartnerItemId("BP", "SKU-1"));
		assertThat(notice.items()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("quantity")
			.containsExactly(new Item("PO-1001", "1", firstIds, null, "EA", "00012345600000000017"),
					new Item("PO-1001", "1", firstIds, null, "EA", "00012345600000000024"),
					new Item("PO-1001", "2", List.of(new PartnerItemId("VP", "ABC-2")), null, "CA",
							"00012345600000000031"));
		assertThat(notice.items()).extracting(Item::quantity).map(Number::intValue).containsExactly(40, 20, 5);
	}

	@Test
	void readsItemsBelowTheirPackWithThePacksSscc() {
		ReadResult result = read("""
				BSN*00*SHIP-78*20260201*1015*0001
				HL*1**S
				DTM*017*20260206
				HL*2*1*O
				PRF*PO-1002
				HL*3*2*P
				MAN*GM*00012345600000000048
				HL*4*3*I
				LIN**UP*012345678905
				SN1**12*EA
				HL*5*2*P
				MAN*GM*00012345600000000055
				HL*6*5*I
				LIN**UP*012345678912
				SN1**6*EA
				CTT*6
				""");

		var notice = (ReceivedShipNotice) result.documents().get(0);
		assertThat(notice.expectedDelivery()).isEqualTo(LocalDate.of(2026, 2, 6));
		assertThat(notice.items()).extracting(Item::poNumber, Item::packId)
			.containsExactly(tuple("PO-1002", "00012345600000000048"),
					tuple("PO-1002", "00012345600000000055"));
	}

	@Test
	void rejectsAnOrderLevelWithoutPurchaseOrderNumber() {
		ReadResult result = read("""
				BSN*00*SHIP-79*20260201*1015*0001
				HL*1**S
				HL*2*1*O
				HL*3*2*I
				LIN**VP*ABC-1
				SN1**1*EA
				CTT*3
				""");

		assertThat(result.documents()).isEmpty();
		var transaction = result.groups().get(0).transactions().get(0);
		assertThat(transaction.status()).isEqualTo("R");
		assertThat(transaction.segmentErrors()).singleElement().satisfies(error -> {
			assertThat(error.segmentId()).isEqualTo("HL");
			assertThat(error.position()).isEqualTo(4);
			assertThat(error.code()).isEqualTo("3");
		});
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("no PRF"));
	}

	private ReadResult read(String body) {
		return reader.read(EdiFiles.bytes(EdiFiles.x12("00401", "004010", "SH", "856", List.of(body))));
	}
}

package org.distributionhub.supplier.procurement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Item look-up by every kind of id partners send, typed or not, and what a failure says was tried. */
class ItemResolverTest {

	private final ItemResolver resolver = new ItemResolver();

	private final PartnerProfile profile = new PartnerProfile("books", "Book wholesaler", Set.of(Channel.EDIFACT),
			Channel.CSV, null, null, Duration.ofHours(48), RemainderPolicy.CANCEL, Map.of(),
			List.of(mapping("BK-7", "SKU-BOOK", "9780306406157"), mapping("ABC-1", "SKU-A", "4000862141404"),
					mapping("CASE-1", "SKU-C", "00012345678905")),
			true);

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "VP, BK-7, SKU-BOOK", "VN, bk-7, SKU-BOOK", "SA, ABC-1, SKU-A", "EN, 4000862141404, SKU-A",
			"UK, 04000862141404, SKU-A", "UP, 012345678905, SKU-C", "IB, 9780306406157, SKU-BOOK",
			"IB, 0-306-40615-2, SKU-BOOK", "EA, 4000862141404, SKU-A", "BP, SKU-OURS, SKU-OURS",
			"IN, SKU-A, SKU-A", "'', 9780306406157, SKU-BOOK", "'', 0306406152, SKU-BOOK", "'', ABC-1, SKU-A",
			"'', SKU-C, SKU-C", "ZZ, BK-7, SKU-BOOK" })
	void findsOurSkuByAnyKindOfId(String qualifier, String value, String sku) throws MappingFailure {
		assertThat(resolver.sku(List.of(new PartnerItemId(qualifier, value)), profile, "line 1"))
			.isEqualTo(new Sku(sku));
	}

	@Test
	void theFirstIdUnderstoodWins() throws MappingFailure {
		assertThat(resolver.sku(List.of(new PartnerItemId("VP", "UNKNOWN"), new PartnerItemId("EN", "4000862141404")),
				profile, "line 1")).isEqualTo(new Sku("SKU-A"));
	}

	@Test
	void aFailureSaysWhatWasTried() {
		assertThatThrownBy(() -> resolver.sku(List.of(new PartnerItemId("VP", "X-9"),
				new PartnerItemId("EN", "4000000000000"), new PartnerItemId("", "9781234567897")), profile, "line 2"))
			.isInstanceOf(MappingFailure.class)
			.hasMessage("line 2: tried VP X-9 as supplier part, EN 4000000000000 as GTIN, 9781234567897 as supplier "
					+ "part, GTIN and buyer part: not in the cross-reference of supplier books");
	}

	@Test
	void gtinsCompareWithoutLeadingZerosAndIsbn10AsIsbn13() {
		assertThat(ItemResolver.gtin("0-306-40615-2")).isEqualTo("9780306406157");
		assertThat(ItemResolver.gtin("00012345678905")).isEqualTo("12345678905");
		assertThat(ItemResolver.gtin("ABC-1")).isNull();
	}

	@Test
	void aShippedItemFindsItsLineByItsIdsAndItsLineNumberOnlyTellsApartLinesOfOneSku() throws MappingFailure {
		PurchaseOrder order = new PurchaseOrder(new PurchaseOrderId("books", "PO-1"), 0, LocalDate.of(2026, 11, 27),
				"DC-1", "EUR", List.of(line("1", "SKU-A"), line("2", "SKU-BOOK"), line("3", "SKU-BOOK")),
				Instant.parse("2026-11-29T00:00:00Z"));

		assertThat(resolver.shippedLine("1", List.of(new PartnerItemId("", "ABC-1")), profile, order, "item 1")
			.lineNumber()).isEqualTo("1");
		assertThat(resolver.shippedLine("7", List.of(new PartnerItemId("VP", "ABC-1")), profile, order, "item 1")
			.lineNumber()).as("the notice's own numbering").isEqualTo("1");
		assertThat(resolver.shippedLine("003", List.of(new PartnerItemId("", "9780306406157")), profile, order,
				"item 2").lineNumber()).isEqualTo("3");
		assertThatThrownBy(() -> resolver.shippedLine("9", List.of(new PartnerItemId("IB", "9780306406157")), profile,
				order, "item 3")).hasMessageContaining("is on 2 lines");
		assertThatThrownBy(() -> resolver.line("1", List.of(new PartnerItemId("IB", "9780306406157")), profile,
				order, "line 1")).as("an acknowledgement's line number is ours").hasMessageContaining("orders SKU-A");
	}

	private static PurchaseOrderLine line(String number, String sku) {
		return new PurchaseOrderLine(number, new Sku(sku), new Quantity(BigDecimal.TEN, new UnitOfMeasure("EA")), null,
				LocalDate.of(2026, 12, 10), null);
	}

	private static ItemMapping mapping(String part, String sku, String gtin) {
		return new ItemMapping(part, new Sku(sku), gtin, new UnitOfMeasure("EA"), new UnitOfMeasure("EA"),
				BigDecimal.ONE);
	}
}

package org.distributionhub.supplier.partners.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

public class PartnerProfileTest {

	private static final EdiIdentity EDI = new EdiIdentity("ZZ", "ACME", "ACME");

	@Test
	void aSupplierThatReceivesEdiNeedsAnEdiIdentityAndAnApiSupplierAWebhook() {
		assertThatThrownBy(() -> profile(Channel.X12, null, null, List.of()))
			.hasMessageContaining("EDI identity");
		assertThatThrownBy(() -> profile(Channel.EDIFACT, null, null, List.of()))
			.hasMessageContaining("EDI identity");
		assertThatThrownBy(() -> profile(Channel.API, null, null, List.of())).hasMessageContaining("webhook URL");

		assertThat(profile(Channel.API, null, URI.create("https://portal.example.com/po"), List.of()).active()).isTrue();
		assertThat(profile(Channel.CSV, null, null, List.of()).active()).isTrue();
	}

	@Test
	void aPartNumberIsMappedOnceOnly() {
		assertThatThrownBy(() -> profile(Channel.X12, EDI, null, List.of(item("P-1", "12"), item("P-1", "6"))))
			.hasMessageContaining("P-1 is mapped twice");
	}

	@Test
	void theDueTimeIsPositiveAndTheIdSafeForFileNamesAndPaths() {
		assertThatThrownBy(() -> new PartnerProfile("acme", "ACME", Set.of(Channel.CSV), Channel.CSV, null, null,
				Duration.ZERO, RemainderPolicy.CANCEL, Map.of(), List.of(), true)).hasMessageContaining("due time");
		assertThatThrownBy(() -> new PartnerProfile("../acme", "ACME", Set.of(Channel.CSV), Channel.CSV, null, null,
				Duration.ofHours(1), RemainderPolicy.CANCEL, Map.of(), List.of(), true)).hasMessageContaining("supplier id");
	}

	@Test
	void equalFactorsMakeEqualMappingsHoweverTheyWereWritten() {
		assertThat(item("P-1", "12.000")).isEqualTo(item("P-1", "12"));
		assertThat(item("P-1", "120").factor().toPlainString()).isEqualTo("120");
		assertThat(item("P-1", "0.50").factor().toPlainString()).isEqualTo("0.5");
	}

	@Test
	void deactivatingKeepsEverythingElseAndItemsAreFoundByPart() {
		var profile = profile(Channel.X12, EDI, null, List.of(item("P-1", "12"), item("P-2", "1")));

		var off = profile.deactivated();

		assertThat(off.active()).isFalse();
		assertThat(off.withItems(profile.items())).isEqualTo(off);
		assertThat(off.item(" P-2 ")).contains(item("P-2", "1"));
		assertThat(off.item("P-3")).isEmpty();
	}

	public static PartnerProfile profile(Channel poChannel, EdiIdentity edi, URI webhook, List<ItemMapping> items) {
		return new PartnerProfile("acme", "ACME", Set.of(poChannel), poChannel, edi, webhook, Duration.ofHours(48),
				RemainderPolicy.CANCEL, Map.of("AC", "ACCEPTED"), items, true);
	}

	public static ItemMapping item(String part, String factor) {
		return new ItemMapping(part, new Sku("SKU-" + part), null, new UnitOfMeasure("CA"), UnitOfMeasure.EACH,
				new BigDecimal(factor));
	}
}

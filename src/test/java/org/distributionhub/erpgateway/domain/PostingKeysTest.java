package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PostingKeysTest {

	private static final List<MovementLine> LINES = List.of(new MovementLine("10", "A-1", BigDecimal.ONE, "EA"));

	@Test
	void anAcknowledgementUpdateIsItsEventUnderItsPurchaseOrder() {
		var event = UUID.randomUUID();
		var update = new AcknowledgementUpdate("4711", "ACME", "ACK-1", "x12", true, List.of(
				new AcknowledgementUpdate.Line("10", "A-1", BigDecimal.ONE, "EA", null, null, null, List.of())));

		assertThat(PostingKeys.of(update, event)).isEqualTo(new PostingKeys("PO:4711", event.toString()));
	}

	@Test
	void aReceiptIsTheReceiptAtItsWarehouseUnderItsPurchaseOrder() {
		var receipt = new GoodsReceipt("4711", null, "R-1", "WH-1", Instant.EPOCH, LINES);

		assertThat(PostingKeys.of(receipt)).isEqualTo(new PostingKeys("PO:4711", "receipt:WH-1:R-1"));
	}

	@Test
	void keysNeedWhatNamesTheFact() {
		var receipt = new GoodsReceipt("4711", null, null, "WH-1", Instant.EPOCH, LINES);

		assertThatThrownBy(() -> PostingKeys.of(receipt)).hasMessage("The keys of a posting need its receiptId");
		assertThatThrownBy(() -> new PostingKeys(" ", "k")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPostingTypeIsKnownByItsNameOnly() {
		assertThat(PostingType.named("GOODS_RECEIPT")).isEqualTo(PostingType.GOODS_RECEIPT);
		assertThatThrownBy(() -> PostingType.named("INVOICE")).hasMessageContaining("Unknown posting type 'INVOICE'");
	}

	@Test
	void aPayloadNeedsItsDocumentAndLinesAndALineItsLineNumberOrSku() {
		assertThatThrownBy(() -> new GoodsReceipt("4711", null, null, null, null, List.of()))
			.hasMessage("lines are missing");
		assertThatThrownBy(() -> new Shipment(" ", null, null, null, null, null, null, null, LINES))
			.hasMessage("orderNumber is missing");
		assertThatThrownBy(() -> new MovementLine(null, null, BigDecimal.ONE, "EA"))
			.hasMessage("a movement line needs a lineNumber or a sku");
	}
}

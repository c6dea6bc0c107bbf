package org.distributionhub.supplier.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.supplier.procurement.domain.PurchaseOrderTest.LATER;
import static org.distributionhub.supplier.procurement.domain.PurchaseOrderTest.T1;
import static org.distributionhub.supplier.procurement.domain.PurchaseOrderTest.ack;
import static org.distributionhub.supplier.procurement.domain.PurchaseOrderTest.ea;
import static org.distributionhub.supplier.procurement.domain.PurchaseOrderTest.line;
import static org.distributionhub.supplier.procurement.domain.PurchaseOrderTest.order;

import java.util.List;

import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.procurement.domain.Acknowledgement.Part;
import org.junit.jupiter.api.Test;

/** What the supplier scorecard counts as a line the supplier changed. */
class LineChangedBySupplierTest {

	@Test
	void anUnansweredLineIsNotChanged() {
		assertThat(order().lines()).noneMatch(PurchaseOrderLine::changedBySupplier);
	}

	@Test
	void aLineAcceptedAsOrderedIsNotChangedAndOneWithAnotherQuantityOrDateIs() {
		PurchaseOrder cut = order();
		cut.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(60), null))), RemainderPolicy.CANCEL);
		assertThat(changed(cut)).containsExactly(true, false);

		PurchaseOrder moved = order();
		moved.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("2", new Part(LineStatus.ACCEPTED, null, LATER))), RemainderPolicy.CANCEL);
		assertThat(changed(moved)).containsExactly(false, true);
	}

	@Test
	void aRejectedOrBackorderedLineIsChanged() {
		PurchaseOrder order = order();
		order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.REJECTED, null, null)),
				line("2", new Part(LineStatus.BACKORDERED, ea(50), LATER))), RemainderPolicy.CANCEL);
		assertThat(changed(order)).containsExactly(true, true);
	}

	private static List<Boolean> changed(PurchaseOrder order) {
		return order.lines().stream().map(PurchaseOrderLine::changedBySupplier).toList();
	}
}

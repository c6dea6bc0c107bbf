package org.distributionhub.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.inventory.events.InboundExpectationChanged.Expected;
import org.distributionhub.inventory.ports.in.ExpectedInboundView;
import org.distributionhub.inventory.ports.in.ExpectedInboundView.DateView;
import org.distributionhub.inventory.ports.in.FindExpectedInbound;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderIssued;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged.ScheduledQuantity;
import org.distributionhub.supplier.events.ShipNoticeReceived;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.distributionhub.supplier.api.RecordGoodsReceipts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The Inventory module on its own, fed the Supplier module's events: an issued purchase order is expected inbound,
 * and an acknowledgement that cuts one line (IQ 100 to 60) and moves another's date (DR) publishes each line's
 * expectation before and after. An acknowledgement delivered before its order is kept when the order arrives, and a
 * ship notice moves the shipped quantity to its expected delivery date.
 */
@ApplicationModuleTest
class ExpectedInboundScenarioIT {

	/**
	 * The module test starts Inventory alone; the port through which it tells procurement of goods receipts is the
	 * Supplier module's, which is not started, so it stands in (this scenario receives no goods).
	 * {@code ProcureToPayEndToEndIT} runs that path for real.
	 */
	@MockitoBean
	RecordGoodsReceipts procurementReceipts;

	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	private static final LocalDate MAY_18 = LocalDate.of(2027, 5, 18);
	private static final Sku WIDGET = new Sku("WIDGET-1");
	private static final Sku GADGET = new Sku("GADGET-2");

	/**
	 * A new thread per listener invocation. Scenario sees events published on threads started from the test's own
	 * thread (an inheritable thread local); pooled threads started during an earlier test would report to that test
	 * (Spring Modulith issue 1564).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ThreadPerListener {

		@Bean
		SimpleAsyncTaskExecutor taskExecutor() {
			return new SimpleAsyncTaskExecutor("inventory-scenario-");
		}
	}

	@Autowired
	FindExpectedInbound expectedInbound;

	/** Per test: a module test shares one instance of the class between its tests. */
	private String poNumber = "";
	private CorrelationId flow = CorrelationId.random();

	@BeforeEach
	void aNewOrderInANewFlow() {
		poNumber = "PO-" + UUID.randomUUID().toString().substring(0, 8);
		flow = CorrelationId.random();
	}

	@Test
	void anAcknowledgementThatCutsOneLineAndMovesAnotherMovesTheirExpectedInbound(Scenario scenario) {
		scenario.publish(issued())
			.andWaitForEventOfType(InboundExpectationChanged.class)
			.matching(it -> it.poNumber().equals(poNumber) && it.lineNumber().equals("2"))
			.toArriveAndVerify(event -> {
				assertThat(event.before()).isEmpty();
				assertThat(event.after()).containsExactly(new Expected(ea(50), MAY_4));
				assertThat(event.cause()).isEqualTo("PO_ISSUED");
				assertThat(event.location()).isEqualTo("DC-EAST");
			});

		scenario.publish(acknowledged())
			.andWaitForEventOfType(InboundExpectationChanged.class)
			.matching(it -> it.poNumber().equals(poNumber) && it.cause().equals("ACKNOWLEDGED"))
			.matching(it -> it.lineNumber().equals("2"))
			.toArriveAndVerify(event -> {
				assertThat(event.sku()).isEqualTo(GADGET);
				assertThat(event.before()).containsExactly(new Expected(ea(50), MAY_4));
				assertThat(event.after()).containsExactly(new Expected(ea(50), MAY_18));
				assertThat(event.correlationId()).isEqualTo(flow);
			});

		// The acknowledgement's transaction published line 1's change too; the events seen so far hold it.
		scenario.stimulate(() -> {
		})
			.andWaitForEventOfType(InboundExpectationChanged.class)
			.matching(it -> it.poNumber().equals(poNumber) && it.cause().equals("ACKNOWLEDGED"))
			.matching(it -> it.lineNumber().equals("1"))
			.toArriveAndVerify(event -> {
				assertThat(event.sku()).isEqualTo(WIDGET);
				assertThat(event.before()).containsExactly(new Expected(ea(100), MAY_4));
				assertThat(event.after()).containsExactly(new Expected(ea(60), MAY_4));
			});
	}

	@Test
	void anAcknowledgementBeforeItsOrderIsKeptAndAShipNoticePutsGoodsInTransit(Scenario scenario) {
		scenario.publish(acknowledged())
			.andWaitForEventOfType(InboundExpectationChanged.class)
			.matching(it -> it.poNumber().equals(poNumber) && it.lineNumber().equals("1"))
			.toArriveAndVerify(event -> {
				assertThat(event.before()).isEmpty();
				assertThat(event.after()).containsExactly(new Expected(ea(60), MAY_4));
			});

		scenario.publish(issued())
			.andWaitForStateChange(() -> revisionOf("1"), revision -> revision == 1)
			.andVerify(revision -> assertThat(expectedInbound.find(WIDGET, "DC-EAST"))
				.flatMap(ExpectedInboundView::lines)
				.filteredOn(line -> line.poNumber().equals(poNumber))
				.singleElement()
				.satisfies(line -> assertThat(line.byDate()).extracting(DateView::open)
					.containsExactly(BigDecimal.valueOf(60))));

		scenario.publish(new ShipNoticeReceived(UUID.randomUUID(), flow, "ACME", "ASN-" + poNumber, MAY_4, MAY_18,
				List.of(new ShipNoticeReceived.Line(poNumber, "1", WIDGET, "DC-EAST", ea(60)))))
			.andWaitForEventOfType(InboundExpectationChanged.class)
			.matching(it -> it.poNumber().equals(poNumber) && it.cause().equals("SHIP_NOTICE"))
			.toArriveAndVerify(event -> {
				assertThat(event.before()).containsExactly(new Expected(ea(60), MAY_4));
				assertThat(event.after()).containsExactly(new Expected(ea(60), MAY_18));
			});
	}

	private int revisionOf(String lineNumber) {
		return expectedInbound.find(WIDGET, null)
			.stream()
			.flatMap(it -> it.lines().stream())
			.filter(it -> it.poNumber().equals(poNumber) && it.lineNumber().equals(lineNumber))
			.mapToInt(ExpectedInboundView.LineView::revision)
			.findFirst()
			.orElse(-1);
	}

	private PurchaseOrderIssued issued() {
		// The supplier's original order is revision 0; inventory counts it as its first revision.
		return new PurchaseOrderIssued(UUID.randomUUID(), flow, "ACME", poNumber, 0, "DC-EAST",
				List.of(new PurchaseOrderIssued.Line("1", WIDGET, ea(100), null, MAY_4),
						new PurchaseOrderIssued.Line("2", GADGET, ea(50), null, MAY_4)));
	}

	private PurchaseOrderAcknowledged acknowledged() {
		return new PurchaseOrderAcknowledged(UUID.randomUUID(), flow, "ACME", poNumber, "DC-EAST", "ACK-1", "X12",
				List.of(new PurchaseOrderAcknowledged.Line("1", WIDGET, Set.of(LineOutcome.QUANTITY_CHANGED), ea(100),
						ea(60), MAY_4, MAY_4, null, null, List.of(new ScheduledQuantity(ea(100), MAY_4)),
						List.of(new ScheduledQuantity(ea(60), MAY_4)), null, "IQ"),
						new PurchaseOrderAcknowledged.Line("2", GADGET, Set.of(LineOutcome.DATE_CHANGED), ea(50),
								ea(50), MAY_4, MAY_18, null, null, List.of(new ScheduledQuantity(ea(50), MAY_4)),
								List.of(new ScheduledQuantity(ea(50), MAY_18)), null, "DR")),
				1);
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

package org.distributionhub.inventory.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.domain.Receipt;
import org.distributionhub.inventory.domain.Schedule;
import org.distributionhub.inventory.domain.Shipment;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

/** What every {@link ExpectedInbounds} does, checked on the in-memory fake and on the database. */
public abstract class ExpectedInboundsContract {

	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);

	/** Unique per test, so tests can share one database. */
	protected final String supplier = "S-" + UUID.randomUUID().toString().substring(0, 8);
	protected final Sku sku = new Sku("SKU-" + UUID.randomUUID().toString().substring(0, 8));

	protected abstract ExpectedInbounds inbounds();

	@Test
	public void aLineIsAddedOnceAndAddingItAgainKeepsWhatWasSaved() {
		var line = new PurchaseOrderLine(supplier, "PO-1", "1");
		inbounds().addIfAbsent(ExpectedInbound.unknown(line, sku, "DC-1"));
		var inbound = inbounds().lock(line).orElseThrow();
		var stored = inbound.snapshot();
		inbound.issue(1, sku, "DC-1", new Delivery(ea("100.5"), MAY_4));
		inbounds().save(inbound, stored);

		inbounds().addIfAbsent(ExpectedInbound.unknown(line, sku, "DC-1"));

		assertThat(inbounds().lock(line).orElseThrow().snapshot()).isEqualTo(inbound.snapshot());
	}

	@Test
	public void aSavedLineComesBackWithItsPlanAndItsShipments() {
		var line = new PurchaseOrderLine(supplier, "PO-1", "1");
		inbounds().addIfAbsent(ExpectedInbound.unknown(line, sku, "DC-1"));
		var inbound = inbounds().lock(line).orElseThrow();
		var stored = inbound.snapshot();
		inbound.issue(2, sku, "DC-1", new Delivery(ea("100"), MAY_4));
		inbound.reschedule(Schedule.of(new Delivery(ea("60"), MAY_4), Delivery.undated(ea("40"))));
		inbound.ship(new Shipment("ASN-1", ea("10"), null));
		inbound.ship(new Shipment("ASN-2", ea("5"), MAY_4.plusDays(1)));
		inbounds().save(inbound, stored);

		var locked = inbounds().lock(line).orElseThrow();

		assertThat(locked.snapshot()).isEqualTo(inbound.snapshot());
		assertThat(locked.revision()).isEqualTo(2);
	}

	@Test
	public void aLineSavedAgainComesBackAsSavedWhicheverPartOfItChanged() {
		var line = new PurchaseOrderLine(supplier, "PO-1", "1");
		inbounds().addIfAbsent(ExpectedInbound.unknown(line, sku, "DC-1"));

		saveAfter(line, it -> it.issue(1, sku, "DC-1", new Delivery(ea("10"), MAY_4)));
		saveAfter(line, it -> it.reschedule(Schedule.of(new Delivery(ea("10"), MAY_4.plusDays(1)))));
		saveAfter(line, it -> it.ship(new Shipment("ASN-1", ea("4"), MAY_4)));
		saveAfter(line, it -> it.receive(new Receipt("WMS-1", ea("3"))));
		saveAfter(line, it -> it.receive(new Receipt("WMS-2", ea("1"))));
		saveAfter(line, it -> it.reschedule(Schedule.of(new Delivery(ea("6"), MAY_4.plusDays(2)))));
		saveAfter(line, it -> {
		});
		saveAfter(line, it -> it.withdraw(2));
	}

	@Test
	public void anOrdersLinesComeTogetherInLineOrder() {
		for (String number : new String[] { "2", "1", "3" }) {
			inbounds().addIfAbsent(ExpectedInbound.unknown(new PurchaseOrderLine(supplier, "PO-7", number), sku, "DC-1"));
		}
		inbounds().addIfAbsent(ExpectedInbound.unknown(new PurchaseOrderLine(supplier, "PO-8", "1"), sku, "DC-1"));

		assertThat(inbounds().lockOrder(supplier, "PO-7")).extracting(it -> it.line().lineNumber())
			.containsExactly("1", "2", "3");
		assertThat(inbounds().lockOrder(supplier, "PO-9")).isEmpty();
	}

	@Test
	public void aReceivedLineComesBackWithItsReceiptsAndAFullyReceivedLineIsNoLongerFound() {
		var line = new PurchaseOrderLine(supplier, "PO-1", "1");
		inbounds().addIfAbsent(ExpectedInbound.unknown(line, sku, "DC-1"));
		var inbound = inbounds().lock(line).orElseThrow();
		var stored = inbound.snapshot();
		inbound.issue(1, sku, "DC-1", new Delivery(ea("10"), MAY_4));
		inbound.ship(new Shipment("ASN-1", ea("4"), MAY_4));
		inbound.receive(new Receipt("WMS-1", ea("4")));
		inbounds().save(inbound, stored);

		assertThat(inbounds().lock(line).orElseThrow().snapshot()).isEqualTo(inbound.snapshot());
		assertThat(inbounds().expecting(sku, "DC-1")).singleElement()
			.satisfies(it -> assertThat(it.expected()).isEqualTo(Schedule.of(new Delivery(ea("6"), MAY_4))));

		var again = inbounds().lock(line).orElseThrow();
		var received = again.snapshot();
		again.receive(new Receipt("WMS-2", ea("6")));
		inbounds().save(again, received);

		assertThat(inbounds().expecting(sku, "DC-1")).isEmpty();
	}

	@Test
	public void aPurchaseOrderNumberFindsTheLinesOfEverySupplierInSupplierAndLineOrder() {
		String poNumber = "PO-" + UUID.randomUUID().toString().substring(0, 8);
		String other = "A-" + supplier;
		for (String number : new String[] { "2", "1" }) {
			inbounds().addIfAbsent(ExpectedInbound.unknown(new PurchaseOrderLine(supplier, poNumber, number), sku, "DC-1"));
		}
		inbounds().addIfAbsent(ExpectedInbound.unknown(new PurchaseOrderLine(other, poNumber, "1"), sku, "DC-1"));

		assertThat(inbounds().lockPurchaseOrder(poNumber)).extracting(it -> it.line().toString())
			.containsExactly(other + "/" + poNumber + "/1", supplier + "/" + poNumber + "/1",
					supplier + "/" + poNumber + "/2");
		assertThat(inbounds().lockPurchaseOrder("NO-" + poNumber)).isEmpty();
	}

	@Test
	public void onlyLinesThatStillExpectSomethingAreFoundForASkuAndLocation() {
		expect("PO-1", "DC-1", 10);
		expect("PO-2", "DC-2", 20);
		expect("PO-3", "DC-1", 0);
		inbounds().addIfAbsent(ExpectedInbound.unknown(new PurchaseOrderLine(supplier, "PO-4", "1"), sku, "DC-1"));

		assertThat(inbounds().expecting(sku, "DC-1")).extracting(it -> it.line().poNumber()).containsExactly("PO-1");
		assertThat(inbounds().expecting(sku, null)).extracting(ExpectedInbound::location)
			.containsExactly("DC-1", "DC-2");
		assertThat(inbounds().expecting(new Sku("NO-SUCH-" + sku.code()), null)).isEmpty();
	}

	private void expect(String poNumber, String location, long amount) {
		var line = new PurchaseOrderLine(supplier, poNumber, "1");
		inbounds().addIfAbsent(ExpectedInbound.unknown(line, sku, location));
		var inbound = inbounds().lock(line).orElseThrow();
		var stored = inbound.snapshot();
		inbound.issue(1, sku, location, new Delivery(Quantity.of(amount, UnitOfMeasure.EACH), MAY_4));
		inbounds().save(inbound, stored);
	}

	private void saveAfter(PurchaseOrderLine line, Consumer<ExpectedInbound> fact) {
		var inbound = inbounds().lock(line).orElseThrow();
		var stored = inbound.snapshot();
		fact.accept(inbound);
		inbounds().save(inbound, stored);

		assertThat(inbounds().lock(line).orElseThrow().snapshot()).isEqualTo(inbound.snapshot());
	}

	private static Quantity ea(String amount) {
		return new Quantity(new java.math.BigDecimal(amount), UnitOfMeasure.EACH);
	}
}

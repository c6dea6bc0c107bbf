package org.distributionhub.console.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;

/**
 * Parked documents made the way they come about: a supplier and a purchase order, then X12 855s through the real
 * intake naming a vendor part the cross-reference lacks, each its own interchange; adding the mapping makes them
 * replayable.
 */
public final class ParkedDocuments {

	static final String VENDOR_PART = "VP-LATER";

	private final ManageSuppliers suppliers;
	private final IssuePurchaseOrder purchaseOrders;
	private final ReceivePartnerMessage intake;

	public final String supplier = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
	private final String ediId = supplier.toUpperCase().replace("-", "");

	public ParkedDocuments(ManageSuppliers suppliers, IssuePurchaseOrder purchaseOrders, ReceivePartnerMessage intake) {
		this.suppliers = suppliers;
		this.purchaseOrders = purchaseOrders;
		this.intake = intake;
	}

	/** A supplier with one purchase order and that many 855s parked for the unknown vendor part. */
	public ParkedDocuments park(int count) {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier, new SupplierProfileData(supplier, "Bulk",
				List.of("X12"), "X12", new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h",
				"CANCEL", Map.of(), true), "test", "bulk jobs"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-1", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-BULK", new BigDecimal(10), "EA", null,
						LocalDate.of(2026, 12, 10)))));
		for (int control = 1; control <= count; control++) {
			String x12 = X12Builder.from(ediId).control(control)
				.segment("BAK*00*AC*" + po + "*20261127*****20261127")
				.segment("PO1*1*10*EA***VP*" + VENDOR_PART)
				.segment("ACK*IA*10*EA")
				.build();
			var receipt = intake.receive(new ReceiveMessageCommand(supplier, Channel.X12, "FILE", null,
					"ack-" + control + ".x12", x12.getBytes(StandardCharsets.UTF_8), null));
			assertThat(receipt.status()).isEqualTo(MessageStatus.PARKED);
		}
		return this;
	}

	/** The mapping the documents lacked: from now on they replay. */
	public ParkedDocuments mapTheItem() {
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, VENDOR_PART, "SKU-BULK", null, "EA", "EA", "1"), "test"));
		return this;
	}
}

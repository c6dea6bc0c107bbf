package org.distributionhub.erpgateway.application;

import org.distributionhub.erpgateway.domain.AcknowledgementUpdate;
import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.GoodsReceipt;
import org.distributionhub.erpgateway.domain.MovementLine;
import org.distributionhub.erpgateway.domain.PostingRequest;
import org.distributionhub.erpgateway.domain.Shipment;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.distributionhub.erpgateway.ports.in.PostingCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.AcknowledgementUpdateCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.CustomerInvoiceCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.GoodsReceiptCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.ShipmentCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.VendorBillCommand;

/** Turns the commands of the primary port into the domain's posting requests, with their keys and rules. */
final class PostingRequests {

	private PostingRequests() {
	}

	static PostingRequest of(PostingCommand command) {
		if (command instanceof AcknowledgementUpdateCommand update) {
			return PostingRequest.acknowledgementUpdate(new AcknowledgementUpdate(update.poNumber(),
					update.supplierId(), update.acknowledgementId(), update.channel(), true, update.lines().stream()
						.map(line -> AcknowledgementUpdate.Line.confirmed(line.lineNumber(), line.sku(),
								line.quantity(), line.date(), line.unitPrice(), line.substitute(), line.outcomes()))
						.toList()), update.eventId());
		}
		if (command instanceof GoodsReceiptCommand receipt) {
			return PostingRequest.goodsReceipt(new GoodsReceipt(receipt.poNumber(), null, receipt.receiptId(),
					receipt.warehouse(), receipt.receivedAt(), receipt.lines().stream()
						.map(line -> MovementLine.of(line.lineNumber(), line.sku(), line.quantity()))
						.toList()));
		}
		if (command instanceof ShipmentCommand shipment) {
			return PostingRequest.shipment(new Shipment(shipment.orderNumber(), null, shipment.orderId(),
					shipment.channel(), shipment.customer(), shipment.shipmentId(), shipment.warehouse(),
					shipment.dispatchedAt(), shipment.lines().stream()
						.map(line -> MovementLine.of(line.lineNumber(), line.sku(), line.quantity()))
						.toList()));
		}
		if (command instanceof VendorBillCommand bill) {
			return PostingRequest.vendorBill(vendorBill(bill));
		}
		var invoice = (CustomerInvoiceCommand) command;
		return PostingRequest.customerInvoice(CustomerInvoice.billing(invoice.orderId(), invoice.orderNumber(),
				invoice.channel(), invoice.customer(), invoice.invoiceReference(), invoice.shipmentIds(),
				invoice.readyAt(), invoice.lines().stream()
					.map(line -> new CustomerInvoice.BilledLine(line.lineNumber(), line.sku(), line.quantity(),
							line.unitPrice()))
					.toList()));
	}

	private static VendorBill vendorBill(VendorBillCommand bill) {
		return new VendorBill(bill.poNumber(), bill.supplierId(), bill.invoiceNumber(), bill.creditNote(),
				bill.originalInvoiceNumber(), bill.invoiceDate(), bill.currency(), bill.lines().stream()
					.map(line -> new VendorBill.Line(line.poLineNumber(), line.sku().code(), line.quantity().amount(),
							line.quantity().unit().code(), line.unitPrice(), line.amount()))
					.toList(),
				bill.charges().stream()
					.map(charge -> new VendorBill.Charge(charge.kind(), charge.description(), charge.amount()))
					.toList(),
				bill.total(),
				bill.receipts().stream()
					.map(receipt -> new VendorBill.Receipt(receipt.warehouse(), receipt.receiptId()))
					.toList(),
				bill.approvedBy(), bill.approvalReason());
	}
}

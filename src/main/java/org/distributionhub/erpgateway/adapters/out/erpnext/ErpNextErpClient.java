package org.distributionhub.erpgateway.adapters.out.erpnext;

import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.erpgateway.ports.out.ErpCheck;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.distributionhub.erpgateway.ports.out.ErpResult;

/**
 * ERPNext as the ERP: a PO acknowledgement update changes the purchase order's rows ("Update Items"); a goods receipt
 * is a submitted Purchase Receipt, a shipment a submitted Delivery Note, a customer invoice a submitted Sales Invoice,
 * each carrying our idempotency key in the reference field, by which the look-up finds it; a vendor bill is a
 * submitted Purchase Invoice, found by supplier and bill number.
 */
final class ErpNextErpClient implements ErpClient {

	private final ErpNextApi erpnext;
	private final ErpNextAcknowledgements acknowledgements;
	private final ErpNextMovements movements;
	private final ErpNextInvoices invoices;
	private final ErpNextBills bills;

	ErpNextErpClient(ErpNextApi erpnext, ErpNextProperties properties) {
		this.erpnext = erpnext;
		var documents = new ErpNextDocuments(erpnext, properties);
		this.acknowledgements = new ErpNextAcknowledgements(erpnext, properties);
		this.movements = new ErpNextMovements(erpnext, documents, properties);
		this.invoices = new ErpNextInvoices(documents, erpnext.json());
		this.bills = new ErpNextBills(erpnext, documents, properties);
	}

	@Override
	public ErpResult send(Posting posting) {
		try {
			return new ErpResult.Accepted(apply(posting));
		}
		catch (ErpCallFailed e) {
			return e.failure();
		}
	}

	private ErpReference apply(Posting posting) {
		String reference = posting.idempotencyKey();
		return posting.payload().map(acknowledgements::apply,
				receipt -> movements.post(ErpNextMovements.Kind.RECEIPT, receipt, reference),
				shipment -> movements.post(ErpNextMovements.Kind.DELIVERY, shipment, reference),
				invoice -> invoices.post(invoice, reference), bill -> bills.post(bill, reference));
	}

	/** An acknowledgement update has nothing to find: its values are absolute and writing them again is harmless. */
	@Override
	public Optional<ErpReference> findByReference(Posting posting) {
		return switch (posting.type()) {
			case PO_ACKNOWLEDGEMENT_UPDATE -> Optional.empty();
			case GOODS_RECEIPT -> movements.find(ErpNextMovements.Kind.RECEIPT, posting.idempotencyKey());
			case SHIPMENT -> movements.find(ErpNextMovements.Kind.DELIVERY, posting.idempotencyKey());
			case CUSTOMER_INVOICE -> invoices.find(posting.idempotencyKey());
			case VENDOR_BILL -> posting.payload() instanceof VendorBill bill ? bills.find(bill) : Optional.empty();
		};
	}

	@Override
	public ErpCheck check() {
		try {
			erpnext.check();
			return ErpCheck.up(name(), "answers and accepts the configured API key");
		}
		catch (ErpCallFailed e) {
			return ErpCheck.down(name(), e.getMessage());
		}
	}

	@Override
	public String name() {
		return erpnext.describe();
	}
}

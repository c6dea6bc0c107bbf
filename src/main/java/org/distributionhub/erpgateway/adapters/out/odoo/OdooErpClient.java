package org.distributionhub.erpgateway.adapters.out.odoo;

import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.erpgateway.ports.out.ErpCheck;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.distributionhub.erpgateway.ports.out.ErpResult;

/**
 * Odoo as the ERP: a PO acknowledgement update writes the purchase order lines and acknowledges the order; a goods
 * receipt validates the purchase order's receipt, a shipment the sales order's delivery; a customer invoice is created
 * and posted, a vendor bill too (found again by vendor, ref and move type). Receipts, shipments and customer invoices
 * carry our idempotency key, and the look-up finds them by it.
 */
final class OdooErpClient implements ErpClient {

	private final OdooRpc odoo;
	private final OdooAcknowledgements acknowledgements;
	private final OdooPickings pickings;
	private final OdooInvoices invoices;
	private final OdooBills bills;

	OdooErpClient(OdooRpc odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.acknowledgements = new OdooAcknowledgements(odoo, properties);
		this.pickings = new OdooPickings(odoo, properties);
		this.invoices = new OdooInvoices(odoo, properties);
		this.bills = new OdooBills(odoo);
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
				receipt -> pickings.validate(OdooPickings.Kind.RECEIPT, receipt, reference),
				shipment -> pickings.validate(OdooPickings.Kind.DELIVERY, shipment, reference),
				invoice -> invoices.post(invoice, reference), bills::post);
	}

	/** An acknowledgement update has nothing to find: its values are absolute and writing them again is harmless. */
	@Override
	public Optional<ErpReference> findByReference(Posting posting) {
		return switch (posting.type()) {
			case PO_ACKNOWLEDGEMENT_UPDATE -> Optional.empty();
			case GOODS_RECEIPT -> pickings.findValidated(OdooPickings.Kind.RECEIPT, posting.idempotencyKey());
			case SHIPMENT -> pickings.findValidated(OdooPickings.Kind.DELIVERY, posting.idempotencyKey());
			case CUSTOMER_INVOICE -> invoices.findPosted(posting.idempotencyKey());
			case VENDOR_BILL -> posting.payload() instanceof VendorBill bill ? bills.findPosted(bill) : Optional.empty();
		};
	}

	@Override
	public ErpCheck check() {
		try {
			odoo.check();
			return ErpCheck.up(name(), "answers and accepts the configured credentials");
		}
		catch (ErpCallFailed e) {
			return ErpCheck.down(name(), e.getMessage());
		}
	}

	@Override
	public String name() {
		return odoo.describe();
	}
}

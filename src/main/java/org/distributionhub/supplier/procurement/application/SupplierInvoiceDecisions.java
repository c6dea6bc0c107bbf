package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.StaffRole;
import org.distributionhub.supplier.api.DecideSupplierInvoices;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.distributionhub.supplier.procurement.ports.out.InvoiceOutcomes;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's decision on a held invoice: approving bills it as it is (within the role's approval limit,
 * hub.supplier.invoices.approval-limits; AUDITOR never), rejecting tells the supplier. Each is in the admin audit
 * trail (APPROVE_SUPPLIER_INVOICE, REJECT_SUPPLIER_INVOICE).
 */
@Service
class SupplierInvoiceDecisions implements DecideSupplierInvoices {

	static final String APPROVE = "APPROVE_SUPPLIER_INVOICE";
	static final String REJECT = "REJECT_SUPPLIER_INVOICE";

	private final SupplierInvoices invoices;
	private final PurchaseOrders orders;
	private final InvoiceMatching matching;
	private final SupplierEvents events;
	private final InvoiceOutcomes outcomes;
	private final InvoiceSettings settings;
	private final AdminAudit audit;
	private final Clock clock;

	SupplierInvoiceDecisions(SupplierInvoices invoices, PurchaseOrders orders, InvoiceMatching matching,
			SupplierEvents events, InvoiceOutcomes outcomes, InvoiceSettings settings, AdminAudit audit, Clock clock) {
		this.invoices = invoices;
		this.orders = orders;
		this.matching = matching;
		this.events = events;
		this.outcomes = outcomes;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public InvoiceStatus approve(long invoiceId, String reason, String by, StaffRole role) {
		if (role == StaffRole.AUDITOR) {
			throw new InvoiceDecisionRefused("An auditor cannot approve invoices");
		}
		SupplierInvoice invoice = load(invoiceId);
		PurchaseOrder order = invoice.poNumber() == null ? null
				: orders.findForUpdate(new PurchaseOrderId(invoice.supplierId(), invoice.poNumber())).orElse(null);
		invoice.approve(reason, by, limit(role), clock.instant());
		save(invoice);
		matching.announce(invoice, order);
		audit.record(by, APPROVE, target(invoice), reason.strip(), "approved as " + role + ": "
				+ invoice.total().toPlainString() + " " + invoice.currency() + " billed");
		return invoice.status();
	}

	@Override
	@Transactional
	public InvoiceStatus reject(long invoiceId, String reason, String by) {
		SupplierInvoice invoice = load(invoiceId);
		Instant now = clock.instant();
		invoice.reject(reason, by, now);
		save(invoice);
		events.invoiceRejected(invoice);
		outcomes.count(InvoiceMatching.outcome(invoice.status()));
		audit.record(by, REJECT, target(invoice), reason.strip(), "rejected: not billed; the supplier is told by "
				+ invoice.header().channel());
		return invoice.status();
	}

	/**
	 * The total the role may approve; null when it has no limit. Only ADMIN goes without one unless configured: a
	 * role left out of the settings approves nothing, so a limit mistyped or bound in another case never opens
	 * approval to any amount. Role names match in any case (an environment variable binds them in lower case).
	 */
	private @Nullable BigDecimal limit(StaffRole role) {
		return settings.approvalLimits().entrySet().stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(role.name()))
			.map(java.util.Map.Entry::getValue)
			.findFirst()
			.orElse(role == StaffRole.ADMIN ? null : BigDecimal.ZERO);
	}

	private SupplierInvoice load(long invoiceId) {
		return invoices.find(invoiceId)
			.orElseThrow(() -> new InvoiceDecisionRefused("There is no supplier invoice " + invoiceId));
	}

	private void save(SupplierInvoice invoice) {
		if (!invoices.update(invoice)) {
			throw new InvoiceDecisionRefused("Invoice " + invoice.invoiceNumber()
					+ " was changed at the same moment; look at it again");
		}
	}

	private static String target(SupplierInvoice invoice) {
		return "supplier " + invoice.supplierId() + " " + (invoice.creditNote() ? "credit note " : "invoice ")
				+ invoice.invoiceNumber() + " (id " + invoice.id() + ")";
	}
}

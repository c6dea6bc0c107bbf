package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderIssued;
import org.distributionhub.supplier.events.SupplierInvoiceHeld;
import org.distributionhub.supplier.events.SupplierInvoiceMatched;
import org.distributionhub.supplier.events.SupplierInvoiceMatched.Receipt;
import org.distributionhub.supplier.events.SupplierInvoiceReceived;
import org.distributionhub.supplier.events.SupplierInvoiceRejected;
import org.distributionhub.supplier.procurement.domain.Delivery;
import org.distributionhub.supplier.procurement.domain.Hold;
import org.distributionhub.supplier.procurement.domain.LineChange;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Turns what the Supplier core decided into the module's published events, in the caller's transaction. */
@Component
public class SupplierEvents {

	private final ApplicationEventPublisher publisher;

	SupplierEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	void issued(PurchaseOrder order, List<PurchaseOrderLine> lines) {
		publisher.publishEvent(new PurchaseOrderIssued(UUID.randomUUID(), Correlation.current(),
				order.id().supplierId(), order.id().poNumber(), order.revision(), order.shipTo(),
				lines.stream().map(line -> new PurchaseOrderIssued.Line(line.lineNumber(), line.sku(), line.ordered(),
						line.unitPrice(), line.requestedDate())).toList()));
	}

	public void acknowledged(PurchaseOrder order, String acknowledgementId, String channel, List<LineChange> changes) {
		publisher.publishEvent(new PurchaseOrderAcknowledged(UUID.randomUUID(), Correlation.current(),
				order.id().supplierId(), order.id().poNumber(), order.shipTo(), acknowledgementId, channel,
				changes.stream().map(SupplierEvents::line).toList(), order.stateVersion()));
	}

	void invoiceReceived(SupplierInvoice invoice) {
		var header = invoice.header();
		BigDecimal total = invoice.creditNote() ? invoice.total().negate() : invoice.total();
		publisher.publishEvent(new SupplierInvoiceReceived(UUID.randomUUID(), flow(invoice), header.supplierId(),
				header.invoiceNumber(), header.poNumber(), header.creditNote(), header.invoiceDate(), total,
				header.currency(), header.channel(), header.receivedAt()));
	}

	/** Matched, or approved by a person ({@code decision} not null): to be billed in the ERP. */
	void invoiceMatched(SupplierInvoice invoice, List<Receipt> receipts) {
		var header = invoice.header();
		var decision = invoice.decision();
		publisher.publishEvent(new SupplierInvoiceMatched(UUID.randomUUID(), flow(invoice), header.supplierId(),
				header.invoiceNumber(), java.util.Objects.requireNonNull(header.poNumber()), header.creditNote(),
				header.originalInvoiceNumber(),
				header.invoiceDate() != null ? header.invoiceDate()
						: header.receivedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
				header.currency(),
				invoice.lines().stream().map(line -> new SupplierInvoiceMatched.Line(
						java.util.Objects.requireNonNull(line.poLineNumber()),
						new Sku(java.util.Objects.requireNonNull(line.sku())),
						new Quantity(line.quantity(), new UnitOfMeasure(java.util.Objects.requireNonNull(line.unit()))),
						line.unitPrice(), line.amount())).toList(),
				invoice.charges().stream().map(charge -> new SupplierInvoiceMatched.Charge(charge.kind(),
						charge.description(), charge.amount())).toList(),
				invoice.total(), receipts, decision != null ? decision.by() : null,
				decision != null ? decision.reason() : null));
	}

	void invoiceHeld(SupplierInvoice invoice) {
		var header = invoice.header();
		publisher.publishEvent(new SupplierInvoiceHeld(UUID.randomUUID(), flow(invoice), header.supplierId(),
				header.invoiceNumber(), header.poNumber(), invoice.holds().stream().map(Hold::code).distinct().toList(),
				invoice.holds().stream().map(Hold::reason).toList(), invoice.total(), header.currency()));
	}

	void invoiceRejected(SupplierInvoice invoice) {
		var header = invoice.header();
		var decision = java.util.Objects.requireNonNull(invoice.decision());
		publisher.publishEvent(new SupplierInvoiceRejected(UUID.randomUUID(), flow(invoice), header.supplierId(),
				header.invoiceNumber(), header.poNumber(), decision.reason(), decision.by(), header.channel(),
				header.sourceMessageId()));
	}

	/** The flow of the invoice's purchase order, as recorded when it came; the current one otherwise. */
	private static CorrelationId flow(SupplierInvoice invoice) {
		String flow = invoice.header().correlationId();
		return flow != null && CorrelationId.isValid(flow) ? new CorrelationId(flow) : Correlation.current();
	}

	void publish(Object event) {
		publisher.publishEvent(event);
	}

	private static PurchaseOrderAcknowledged.Line line(LineChange change) {
		return new PurchaseOrderAcknowledged.Line(change.lineNumber(), change.sku(),
				change.outcomes().stream().map(outcome -> LineOutcome.valueOf(outcome.name()))
						.collect(java.util.stream.Collectors.toSet()),
				change.before().confirmed(change.ordered()), change.after().confirmed(change.ordered()),
				change.before().earliestDate(), change.after().earliestDate(), change.before().unitPrice(),
				change.after().unitPrice(), schedule(change.before().schedule()), schedule(change.after().schedule()),
				change.after().substitute(), change.after().reason());
	}

	private static List<PurchaseOrderAcknowledged.ScheduledQuantity> schedule(List<Delivery> deliveries) {
		return deliveries.stream().map(delivery -> new PurchaseOrderAcknowledged.ScheduledQuantity(delivery.quantity(), delivery.date()))
				.toList();
	}
}

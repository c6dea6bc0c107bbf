package org.distributionhub.erpgateway.adapters.in.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.in.RecordPosting.Prerequisite;
import org.distributionhub.erpgateway.ports.in.RecordPosting.RecordPostingCommand;
import org.distributionhub.order.events.OrderReadyForInvoicing;
import org.distributionhub.order.events.OrderReadyForInvoicing.InvoiceLine;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an order may bill becomes a CUSTOMER_INVOICE posting under the order's business key SO:orderId, idempotency
 * key invoice:orderId:invoiceReference. No invoice before its shipment: listeners run on their own, so this one may
 * hear of the invoice first; it then fails, naming the shipment it waits for, and the event backbone delivers the
 * event again later, when the invoice lands after its shipments in the key's sequence.
 */
@Component
class ErpInvoiceListener {

	static final String LISTENER_ID = "erpgateway.order-invoice";

	private final RecordPosting record;
	private final JsonMapper json;

	ErpInvoiceListener(RecordPosting record, JsonMapper json) {
		this.record = record;
		this.json = json;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(OrderReadyForInvoicing ready) {
		var shipments = ready.shipmentIds().stream()
			.map(shipment -> new Prerequisite(ErpShipmentListener.shipmentKey(ready.orderId(), shipment),
					"the shipment posting of " + shipment))
			.toList();
		record.record(new RecordPostingCommand("CUSTOMER_INVOICE", ErpShipmentListener.salesOrderKey(ready.orderId()),
				json.writeValueAsString(payload(ready)), "invoice:" + ready.orderId() + ":" + ready.invoiceReference(),
				shipments));
	}

	private static InvoicePayload payload(OrderReadyForInvoicing ready) {
		return new InvoicePayload(ready.externalOrderId(), ready.customer(),
				LocalDate.ofInstant(ready.readyAt(), ZoneOffset.UTC), currencyOf(ready), ready.orderId(),
				ready.channel(), ready.invoiceReference(), ready.shipmentIds(), ready.readyAt(),
				ready.lines().stream().map(ErpInvoiceListener::line).toList());
	}

	/** The one currency of the priced lines; null when no line has a price (the ERP's price list applies). */
	private static @Nullable String currencyOf(OrderReadyForInvoicing ready) {
		var currencies = new TreeSet<String>();
		ready.lines().stream().map(InvoiceLine::unitPrice).filter(Objects::nonNull)
			.forEach(price -> currencies.add(price.currency().getCurrencyCode()));
		if (currencies.size() > 1) {
			throw new IllegalArgumentException("Invoice %s of order %s mixes currencies %s; an ERP invoice has one "
				.formatted(ready.invoiceReference(), ready.orderId(), String.join(", ", currencies))
					+ "currency, so it is not posted");
		}
		return currencies.isEmpty() ? null : currencies.first();
	}

	private static InvoiceLinePayload line(InvoiceLine line) {
		return new InvoiceLinePayload(line.lineNumber(), line.sku().code(), line.quantity().amount(),
				line.quantity().unit().code(), line.unitPrice() == null ? null : line.unitPrice().amount());
	}

	/**
	 * The CUSTOMER_INVOICE payload the ERP adapters read: orderNumber, customer, invoiceDate, currency and lines; the
	 * rest is for file ERPs.
	 */
	record InvoicePayload(String orderNumber, String customer, LocalDate invoiceDate, @Nullable String currency,
			String orderId, String channel, String invoiceReference, List<String> shipmentIds, Instant readyAt,
			List<InvoiceLinePayload> lines) {
	}

	record InvoiceLinePayload(int lineNumber, String sku, BigDecimal quantity, String unit,
			@Nullable BigDecimal unitPrice) {
	}
}

package org.distributionhub.console.adapters.in.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.api.FindOrders.OrderSummary;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.supplier.api.SupplierDirectory;
import org.distributionhub.supplier.api.SupplierDirectory.SupplierSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * CSV downloads of the failed deliveries, the parked ERP postings, the orders and the suppliers, each with the
 * filter its page shows; written page by page.
 */
@Controller
class ListExportsController {

	static final List<String> DELIVERIES = List.of("publication_id", "event_type", "listener", "status",
			"published_at", "attempts", "last_failed_at", "next_attempt_at", "last_error");

	static final List<String> POSTINGS = List.of("id", "type", "business_key", "sequence", "status", "attempts",
			"recorded_at", "next_attempt_at", "erp_reference", "last_error");

	static final List<String> ORDERS = List.of("order_id", "channel", "external_order_id", "customer", "warehouse",
			"state", "placed_at", "updated_at", "lines", "promise_date", "waiting_for", "flagged");

	static final List<String> SUPPLIERS = List.of("id", "name", "active", "purchase_order_channel",
			"inbound_channels", "edi_sender", "items", "active_keys");

	private final FindDeliveries deliveries;
	private final FindPostings postings;
	private final FindOrders orders;
	private final SupplierDirectory suppliers;
	private final Clock clock;

	ListExportsController(FindDeliveries deliveries, FindPostings postings, FindOrders orders,
			SupplierDirectory suppliers, Clock clock) {
		this.deliveries = deliveries;
		this.postings = postings;
		this.orders = orders;
		this.suppliers = suppliers;
		this.clock = clock;
	}

	@GetMapping("/console/deliveries.csv")
	void deliveries(DeliveryQuery query, HttpServletResponse response) throws IOException {
		var filter = query.toFilter();
		CsvDownload.send(response, "deliveries", clock.instant(), DELIVERIES,
				(page, size) -> deliveries.find(filter, page, size).items(), ListExportsController::delivery);
	}

	@GetMapping("/console/erp/parked.csv")
	void parkedPostings(HttpServletResponse response) throws IOException {
		CsvDownload.send(response, "parked-erp-postings", clock.instant(), POSTINGS, postings::parked,
				ListExportsController::posting);
	}

	@GetMapping("/console/orders.csv")
	void orders(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String stuck, HttpServletResponse response) throws IOException {
		String stateFilter = OrdersConsoleController.state(state);
		boolean stuckOnly = "true".equalsIgnoreCase(stuck) || "on".equalsIgnoreCase(stuck);
		CsvDownload.send(response, "orders", clock.instant(), ORDERS,
				(page, size) -> orders.find(stateFilter, stuckOnly, page, size), ListExportsController::order);
	}

	@GetMapping("/console/suppliers.csv")
	void suppliers(HttpServletResponse response) throws IOException {
		var csv = CsvDownload.start(response, "suppliers", clock.instant(), SUPPLIERS);
		suppliers.suppliers().forEach(supplier -> csv.row(supplier(supplier)));
		response.getWriter().flush();
	}

	private static List<String> delivery(DeliveryView d) {
		return List.of(d.publicationId().toString(), d.eventType(), d.listenerId(), d.status().name(),
				CsvDownload.iso(d.publishedAt()), Integer.toString(d.attempts()), CsvDownload.iso(d.lastFailedAt()),
				CsvDownload.iso(d.nextAttemptAt()), CsvDownload.text(d.lastError()));
	}

	private static List<String> posting(PostingView p) {
		return List.of(p.id().toString(), p.type(), p.businessKey(), Long.toString(p.sequence()), p.status(),
				Integer.toString(p.attempts()), CsvDownload.iso(p.recordedAt()), CsvDownload.iso(p.nextAttemptAt()),
				CsvDownload.text(p.erpReference()), CsvDownload.text(p.lastError()));
	}

	private static List<String> order(OrderSummary o) {
		return List.of(o.orderId(), o.channel(), o.externalOrderId(), o.customer(), o.warehouse(), o.state(),
				CsvDownload.iso(o.placedAt()), CsvDownload.iso(o.updatedAt()), Integer.toString(o.lines()),
				CsvDownload.text(o.promiseDate()), CsvDownload.text(o.waitingFor()), Boolean.toString(o.flagged()));
	}

	private static List<String> supplier(SupplierSummary s) {
		return List.of(s.id(), s.name(), Boolean.toString(s.active()), s.purchaseOrderChannel(),
				String.join(" ", s.inboundChannels()), CsvDownload.text(s.ediSender()), Integer.toString(s.itemCount()),
				Integer.toString(s.activeKeys()));
	}
}

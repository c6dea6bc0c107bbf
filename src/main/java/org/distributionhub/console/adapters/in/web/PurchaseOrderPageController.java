package org.distributionhub.console.adapters.in.web;

import org.distributionhub.erpgateway.api.FindPostings;
import java.util.List;

import org.distributionhub.inventory.api.FindPeggedOrders;
import org.distributionhub.inventory.api.FindPurchaseOrderInbound;
import org.distributionhub.order.api.FindOrdersAtRisk;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderWorth;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.FindPurchaseOrders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One purchase order in one page: its header and value, its lines with what the supplier said of each, the messages
 * the supplier sent about it, what the warehouse expects from each line, the customer orders waiting on that inbound
 * with their value, and its ERP postings with their attempts.
 * Each part comes from the module that owns it, through that module's api.
 */
@Controller
class PurchaseOrderPageController {

	private final FindPurchaseOrders orders;
	private final FindPartnerMessages messages;
	private final FindPurchaseOrderInbound inbound;
	private final FindPostings postings;
	private final FindPeggedOrders pegged;
	private final FindOrdersAtRisk worth;

	PurchaseOrderPageController(FindPurchaseOrders orders, FindPartnerMessages messages,
			FindPurchaseOrderInbound inbound, FindPostings postings, FindPeggedOrders pegged,
			FindOrdersAtRisk worth) {
		this.orders = orders;
		this.messages = messages;
		this.inbound = inbound;
		this.postings = postings;
		this.pegged = pegged;
		this.worth = worth;
	}

	@GetMapping("/console/purchase-orders/{supplierId}/{poNumber}")
	String purchaseOrder(@PathVariable String supplierId, @PathVariable String poNumber, Model model) {
		var order = orders.purchaseOrder(supplierId, poNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No purchase order " + poNumber + " to supplier " + supplierId));
		model.addAttribute("po", order);
		model.addAttribute("messages", messages.purchaseOrderMessages(supplierId, poNumber));
		model.addAttribute("inbound", inbound.purchaseOrderInbound(supplierId, poNumber));
		model.addAttribute("postings", postings.forPurchaseOrder(poNumber));
		model.addAttribute("peggedOrders", peggedOrders(supplierId, poNumber));
		model.addAttribute("erpLink", UriComponentsBuilder.fromPath("/console/erp")
			.queryParam("key", "PO:" + poNumber)
			.build()
			.encode()
			.toUriString());
		return "console/purchase-order";
	}

	/** The customer orders backordered on this purchase order's inbound, each with its value and promise date. */
	private List<OrderWorth> peggedOrders(String supplierId, String poNumber) {
		var orderIds = pegged.peggedTo(List.of(poNumber))
			.stream()
			.filter(order -> order.supplierId().equals(supplierId))
			.map(FindPeggedOrders.PeggedOrder::orderId)
			.distinct()
			.toList();
		return orderIds.isEmpty() ? List.of() : worth.worth(orderIds);
	}
}

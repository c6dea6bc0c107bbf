package org.distributionhub.console.adapters.in.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.api.FindOrders.StateCount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Customer orders for every signed-in role: how many are in each state and how old, a page of orders filtered by
 * state or to those stuck waiting on something, the latest promise changes, and one order with its lines, held
 * warehouse steps and promise history. Read only: the Order module owns every change.
 */
@Controller
class OrdersConsoleController {

	static final int PAGE_SIZE = 50;
	static final int PROMISE_CHANGES = 20;

	private final FindOrders orders;
	private final Clock clock;

	OrdersConsoleController(FindOrders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@GetMapping("/console/orders")
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String stuck,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String view = Htmx.view(request, response, "console/orders");
		String stateFilter = null;
		int pageNumber = 0;
		try {
			stateFilter = state(state);
			pageNumber = QueryParameters.page(page);
		}
		catch (InvalidFilterException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		boolean stuckOnly = "true".equalsIgnoreCase(stuck) || "on".equalsIgnoreCase(stuck);
		Instant now = clock.instant();
		List<StateCount> counts = orders.countByState(now);
		var found = orders.find(stateFilter, stuckOnly, pageNumber, PAGE_SIZE);
		model.addAttribute("now", now);
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.stream().mapToLong(StateCount::count).sum());
		model.addAttribute("state", stateFilter == null ? "" : stateFilter);
		model.addAttribute("stuck", stuckOnly);
		model.addAttribute("orders", found);
		model.addAttribute("page", pageNumber);
		model.addAttribute("hasNext", hasNext(stateFilter, stuckOnly, pageNumber, found.size()));
		model.addAttribute("previousLink", link("/console/orders", stateFilter, stuckOnly, pageNumber - 1));
		model.addAttribute("nextLink", link("/console/orders", stateFilter, stuckOnly, pageNumber + 1));
		model.addAttribute("csvLink", link("/console/orders.csv", stateFilter, stuckOnly, 0));
		model.addAttribute("promiseChanges", orders.latestPromiseChanges(PROMISE_CHANGES));
		return view;
	}

	@GetMapping("/console/orders/{orderId}")
	String detail(@PathVariable String orderId, Model model) {
		var order = orders.find(orderId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId));
		model.addAttribute("now", clock.instant());
		model.addAttribute("order", order);
		model.addAttribute("o", order.summary());
		model.addAttribute("postingsLink", UriComponentsBuilder.fromPath("/console/erp")
			.queryParam("key", "SO:" + orderId).build().encode().toUriString());
		return "console/order";
	}

	/** Whether an order follows this page: a page of one order at the offset of the next page's first. */
	private boolean hasNext(@Nullable String state, boolean stuckOnly, int page, int shown) {
		if (shown < PAGE_SIZE) {
			return false;
		}
		long next = (long) (page + 1) * PAGE_SIZE;
		return next <= Integer.MAX_VALUE && !orders.find(state, stuckOnly, (int) next, 1).isEmpty();
	}

	/** A state as the Order module names it (upper case letters and underscores), or null for every state. */
	static @Nullable String state(@Nullable String value) {
		if (QueryParameters.isBlank(value)) {
			return null;
		}
		String state = value.strip().toUpperCase(Locale.ROOT);
		if (!state.matches("[A-Z][A-Z_]{0,39}")) {
			throw new InvalidFilterException("'state' must be an order state (letters and underscores), not '" + value.strip()
					+ "'");
		}
		return state;
	}

	private static String link(String path, @Nullable String state, boolean stuck, int page) {
		var uri = UriComponentsBuilder.fromPath(path);
		QueryParameters.add(uri, "state", state);
		if (stuck) {
			uri.queryParam("stuck", "true");
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.build().encode().toUriString();
	}
}

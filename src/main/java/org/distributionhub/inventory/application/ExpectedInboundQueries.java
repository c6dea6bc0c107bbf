package org.distributionhub.inventory.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.ports.in.ExpectedInboundView;
import org.distributionhub.inventory.ports.in.ExpectedInboundView.LineView;
import org.distributionhub.inventory.ports.in.FindExpectedInbound;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sums the expecting purchase order lines of a SKU per location, date and unit. */
@Service
class ExpectedInboundQueries implements FindExpectedInbound {

	private final ExpectedInbounds inbounds;

	ExpectedInboundQueries(ExpectedInbounds inbounds) {
		this.inbounds = inbounds;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpectedInboundView> find(Sku sku, @Nullable String location) {
		Map<String, List<ExpectedInbound>> byLocation = new LinkedHashMap<>();
		for (var inbound : inbounds.expecting(sku, location)) {
			byLocation.computeIfAbsent(inbound.location(), it -> new ArrayList<>()).add(inbound);
		}
		return byLocation.entrySet().stream().map(it -> view(sku, it.getKey(), it.getValue())).toList();
	}

	private static ExpectedInboundView view(Sku sku, String location, List<ExpectedInbound> lines) {
		var all = new DateBuckets();
		var lineViews = new ArrayList<LineView>();
		for (var inbound : lines) {
			var line = new DateBuckets().add(inbound.open(), inbound.inTransit());
			all.add(inbound.open(), inbound.inTransit());
			lineViews.add(new LineView(inbound.line().supplierId(), inbound.line().poNumber(),
					inbound.line().lineNumber(), inbound.revision(), line.byDate()));
		}
		return new ExpectedInboundView(sku.code(), location, all.byDate(), all.totals(), lineViews);
	}
}

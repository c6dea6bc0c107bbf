package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.inventory.api.FindPurchaseOrderInbound;
import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the expected inbound of one purchase order's lines for the console, without locking them. */
@Service
class PurchaseOrderInboundQueries implements FindPurchaseOrderInbound {

	private final ExpectedInbounds inbounds;

	PurchaseOrderInboundQueries(ExpectedInbounds inbounds) {
		this.inbounds = inbounds;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PurchaseOrderInboundLine> purchaseOrderInbound(String supplierId, String poNumber) {
		return inbounds.ofOrder(supplierId, poNumber).stream().map(PurchaseOrderInboundQueries::line).toList();
	}

	private static PurchaseOrderInboundLine line(ExpectedInbound inbound) {
		var state = inbound.snapshot();
		var dates = new DateBuckets().add(inbound.open(), inbound.inTransit()).byDate().stream()
			.map(date -> new InboundDate(date.date(), date.unit(), date.open(), date.inTransit()))
			.toList();
		Map<String, BigDecimal> received = new TreeMap<>();
		state.receipts().forEach(receipt -> received.merge(receipt.quantity().unit().code(),
				receipt.quantity().amount(), BigDecimal::add));
		return new PurchaseOrderInboundLine(state.line().lineNumber(), state.sku().code(), state.location(),
				state.revision(), state.acknowledged(), dates, received.entrySet().stream()
					.map(it -> new ReceivedQuantity(it.getKey(),
							new BigDecimal(it.getValue().stripTrailingZeros().toPlainString())))
					.toList());
	}
}

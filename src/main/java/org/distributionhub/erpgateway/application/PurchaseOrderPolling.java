package org.distributionhub.erpgateway.application;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.distributionhub.erpgateway.ports.in.PollErpPurchaseOrders;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.ReleasedPurchaseOrderCommand;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.TakeInOutcome;
import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrder;
import org.distributionhub.erpgateway.ports.out.ErpPurchaseOrders;
import org.distributionhub.erpgateway.ports.out.PurchaseOrderWatermarks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the ERP's new and changed confirmed orders page by page from the stored watermark, and takes each in within
 * one transaction that also advances the watermark: the order's event and the watermark commit together. The
 * watermark is locked in that transaction and checked again, so a second instance reading the same ERP waits and
 * skips what the first took in. An adapter without a feed (file, rest) reads nothing here.
 */
@Service
class PurchaseOrderPolling implements PollErpPurchaseOrders {

	private static final Logger LOG = LoggerFactory.getLogger(PurchaseOrderPolling.class);

	private static final long MAX_ROUND_NANOS = TimeUnit.SECONDS.toNanos(30);

	private final ObjectProvider<ErpPurchaseOrders> feeds;
	private final PurchaseOrderWatermarks watermarks;
	private final TakeInPurchaseOrder intake;
	private final TransactionTemplate transaction;
	private final PurchaseOrderProperties properties;

	PurchaseOrderPolling(ObjectProvider<ErpPurchaseOrders> feeds, PurchaseOrderWatermarks watermarks,
			TakeInPurchaseOrder intake, PlatformTransactionManager transactions, PurchaseOrderProperties properties) {
		this.feeds = feeds;
		this.watermarks = watermarks;
		this.intake = intake;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
	}

	@Override
	public PollRound pollOnce() {
		var feed = feeds.getIfAvailable();
		if (feed == null) {
			return new PollRound(0, 0, 0, 0, "");
		}
		String source = feed.source();
		int read = 0;
		int[] outcomes = new int[TakeInOutcome.Result.values().length];
		long start = System.nanoTime();
		while (true) {
			List<ErpPurchaseOrder> page;
			try {
				page = feed.changedSince(watermarks.load(source), properties.batchSize());
			}
			catch (ErpCallFailed e) {
				LOG.warn("Could not read purchase orders from {}: {}", source, e.getMessage());
				return round(read, outcomes, e.getMessage());
			}
			for (var order : page) {
				read++;
				var outcome = transaction.execute(status -> takeIn(source, order));
				if (outcome != null) {
					outcomes[outcome.result().ordinal()]++;
				}
			}
			if (page.size() < properties.batchSize() || System.nanoTime() - start > MAX_ROUND_NANOS) {
				return round(read, outcomes, "");
			}
		}
	}

	private @Nullable TakeInOutcome takeIn(String source, ErpPurchaseOrder order) {
		var watermark = watermarks.lock(source);
		if (watermark.hasSeen(order.changedAt(), order.erpId())) {
			return null;
		}
		var outcome = intake.takeIn(new ReleasedPurchaseOrderCommand(source, order.poNumber(), null,
				order.partnerCode(), order.partnerId(), order.orderDate(), order.shipTo(), order.currency(),
				order.lines().stream().map(line -> new TakeInPurchaseOrder.Line(line.lineNumber(), line.sku(),
						line.quantity(), line.unit(), line.unitPrice(), line.requestedDate())).toList()));
		watermarks.save(source, watermark.advance(order.changedAt(), order.erpId()));
		return outcome;
	}

	private static PollRound round(int read, int[] outcomes, String failure) {
		return new PollRound(read, outcomes[TakeInOutcome.Result.PUBLISHED.ordinal()],
				outcomes[TakeInOutcome.Result.UNCHANGED.ordinal()], outcomes[TakeInOutcome.Result.REFUSED.ordinal()],
				failure);
	}
}

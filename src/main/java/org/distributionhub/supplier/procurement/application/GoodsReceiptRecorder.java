package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.Sku;
import org.distributionhub.supplier.api.FindPurchaseOrderFlows.PurchaseOrderFlow;
import org.distributionhub.supplier.api.RecordGoodsReceipts;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.out.GoodsReceipts;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the warehouse's goods receipts of our purchase orders, once per warehouse and receipt id, each line on its
 * PO line (named by the warehouse, else the only line of its SKU or of the substitute the supplier acknowledged);
 * then, in the same transaction, matches again the order's invoices that waited for goods.
 */
@Service
class GoodsReceiptRecorder implements RecordGoodsReceipts {

	private static final Logger log = LoggerFactory.getLogger(GoodsReceiptRecorder.class);

	private final PurchaseOrders orders;
	private final GoodsReceipts receipts;
	private final SupplierInvoices invoices;
	private final InvoiceMatching matching;
	private final Clock clock;

	GoodsReceiptRecorder(PurchaseOrders orders, GoodsReceipts receipts, SupplierInvoices invoices,
			InvoiceMatching matching, Clock clock) {
		this.orders = orders;
		this.receipts = receipts;
		this.invoices = invoices;
		this.matching = matching;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean received(GoodsReceipt receipt) {
		Optional<PurchaseOrder> found = order(receipt);
		if (found.isEmpty()) {
			log.info("Goods receipt {} of warehouse {} names purchase order {}, which is not ours; ignored",
					receipt.receiptId(), receipt.warehouse(), receipt.poNumber());
			return false;
		}
		PurchaseOrder order = found.get();
		List<GoodsReceipts.Line> lines = new ArrayList<>();
		for (Line line : receipt.lines()) {
			lines.add(new GoodsReceipts.Line(lineOf(order, line), line.sku(), line.quantity(), line.unit()));
		}
		if (!receipts.recordFirst(new GoodsReceipts.Receipt(receipt.warehouse(), receipt.receiptId(),
				order.id().supplierId(), order.id().poNumber(), receipt.receivedAt(), lines), clock.instant())) {
			return false;
		}
		for (var invoice : invoices.awaitingGoods(order.id().supplierId(), order.id().poNumber())) {
			matching.rematch(invoice, order);
		}
		return true;
	}

	/** The order of this number; of several suppliers' orders so numbered, the one that orders the received SKUs. */
	private Optional<PurchaseOrder> order(GoodsReceipt receipt) {
		List<PurchaseOrderFlow> numbered = orders.flows(receipt.poNumber(), null).stream()
			.filter(flow -> flow.poNumber().equals(receipt.poNumber()))
			.toList();
		for (PurchaseOrderFlow flow : numbered) {
			Optional<PurchaseOrder> order = orders.findForUpdate(new PurchaseOrderId(flow.supplierId(), flow.poNumber()));
			if (order.isPresent() && (numbered.size() == 1 || receipt.lines().stream()
				.allMatch(line -> lineOf(order.get(), line) != null))) {
				return order;
			}
		}
		return Optional.empty();
	}

	private static @Nullable String lineOf(PurchaseOrder order, Line line) {
		if (line.poLineNumber() != null && order.line(line.poLineNumber()).isPresent()) {
			return line.poLineNumber();
		}
		Sku sku = new Sku(line.sku());
		List<PurchaseOrderLine> matching = order.lines().stream().filter(it -> it.sku().equals(sku)).toList();
		if (matching.isEmpty()) {
			matching = order.lines().stream().filter(it -> sku.equals(it.state().substitute())).toList();
		}
		return matching.size() == 1 ? matching.get(0).lineNumber() : null;
	}
}

package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.procurement.domain.MatchBasis.ReceiptRef;
import org.distributionhub.supplier.procurement.ports.out.GoodsReceipts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goods receipts in supplier_goods_receipt and its lines, keyed by warehouse and receipt id. */
@Repository
class JdbcGoodsReceipts implements GoodsReceipts {

	private final JdbcClient jdbc;

	JdbcGoodsReceipts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean recordFirst(Receipt receipt, Instant now) {
		int inserted = jdbc.sql("""
				INSERT INTO supplier_goods_receipt (warehouse, receipt_id, supplier_id, po_number, received_at, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(receipt.warehouse(), receipt.receiptId(), receipt.supplierId(), receipt.poNumber(),
					Timestamp.from(receipt.receivedAt()), Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return false;
		}
		int position = 0;
		for (Line line : receipt.lines()) {
			jdbc.sql("""
					INSERT INTO supplier_goods_receipt_line (warehouse, receipt_id, position, po_line_number, sku,
					  quantity, unit) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(receipt.warehouse(), receipt.receiptId(), ++position, line.poLineNumber(), line.sku(),
						line.quantity(), line.unit())
				.update();
		}
		return true;
	}

	@Override
	public List<ReceiptRef> receiptsOf(String supplierId, String poNumber) {
		Map<String, List<String>> lines = new LinkedHashMap<>();
		Map<String, String[]> keys = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.warehouse, r.receipt_id, l.po_line_number FROM supplier_goods_receipt r
				  JOIN supplier_goods_receipt_line l ON l.warehouse = r.warehouse AND l.receipt_id = r.receipt_id
				WHERE r.supplier_id = ? AND r.po_number = ? ORDER BY r.received_at, r.warehouse, r.receipt_id, l.position""")
			.params(supplierId, poNumber)
			.query(rs -> {
				String key = rs.getString(1) + "\u0000" + rs.getString(2);
				keys.putIfAbsent(key, new String[] { rs.getString(1), rs.getString(2) });
				List<String> numbers = lines.computeIfAbsent(key, it -> new ArrayList<>());
				if (rs.getString(3) != null) {
					numbers.add(rs.getString(3));
				}
			});
		return keys.entrySet().stream()
			.map(entry -> new ReceiptRef(entry.getValue()[0], entry.getValue()[1], lines.get(entry.getKey())))
			.toList();
	}

	@Override
	public List<Received> receivedOf(String supplierId, String poNumber) {
		return jdbc.sql("""
				SELECT l.po_line_number, l.unit, SUM(l.quantity) FROM supplier_goods_receipt r
				  JOIN supplier_goods_receipt_line l ON l.warehouse = r.warehouse AND l.receipt_id = r.receipt_id
				WHERE r.supplier_id = ? AND r.po_number = ? AND l.po_line_number IS NOT NULL
				GROUP BY l.po_line_number, l.unit""")
			.params(supplierId, poNumber)
			.query((rs, row) -> new Received(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
	}
}

package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.distributionhub.supplier.procurement.domain.InvoiceTolerances;
import org.distributionhub.supplier.procurement.ports.out.SupplierTolerances;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each supplier's tolerances in supplier_invoice_tolerance, the wait for goods as an ISO-8601 duration. */
@Repository
class JdbcSupplierTolerances implements SupplierTolerances {

	private final JdbcClient jdbc;

	JdbcSupplierTolerances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<InvoiceTolerances> of(String supplierId) {
		return jdbc.sql("SELECT * FROM supplier_invoice_tolerance WHERE supplier_id = ?")
			.param(supplierId)
			.query((rs, row) -> new InvoiceTolerances(rs.getBigDecimal("line_price_percent"),
					rs.getBigDecimal("line_price_absolute"), rs.getBigDecimal("line_quantity_percent"),
					rs.getBigDecimal("line_quantity_absolute"), rs.getBigDecimal("total_percent"),
					rs.getBigDecimal("total_absolute"), rs.getBigDecimal("charges_absolute"),
					Duration.parse(rs.getString("wait_for_goods"))))
			.optional();
	}

	@Override
	public void save(String supplierId, InvoiceTolerances it, String by, Instant now) {
		Object[] values = { it.linePricePercent(), it.linePriceAbsolute(), it.lineQuantityPercent(),
				it.lineQuantityAbsolute(), it.totalPercent(), it.totalAbsolute(), it.chargesAbsolute(),
				it.waitForGoods().toString(), Timestamp.from(now), by, supplierId };
		int updated = jdbc.sql("""
				UPDATE supplier_invoice_tolerance SET line_price_percent = ?, line_price_absolute = ?,
				  line_quantity_percent = ?, line_quantity_absolute = ?, total_percent = ?, total_absolute = ?,
				  charges_absolute = ?, wait_for_goods = ?, updated_at = ?, updated_by = ? WHERE supplier_id = ?""")
			.params(values)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO supplier_invoice_tolerance (line_price_percent, line_price_absolute,
					  line_quantity_percent, line_quantity_absolute, total_percent, total_absolute, charges_absolute,
					  wait_for_goods, updated_at, updated_by, supplier_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(values)
				.update();
		}
	}
}

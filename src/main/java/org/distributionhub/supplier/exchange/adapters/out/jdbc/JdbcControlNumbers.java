package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import org.distributionhub.supplier.exchange.ports.out.ControlNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Control numbers in table edi_control_number: the row is locked by the increment until the transaction ends, so
 * two instances never hand out the same number; after 999999999 the counter starts again at 1.
 */
@Repository
class JdbcControlNumbers implements ControlNumbers {

	private final JdbcClient jdbc;

	JdbcControlNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long next(String supplierId, String kind) {
		if (increment(supplierId, kind) == 0) {
			jdbc.sql("INSERT INTO edi_control_number (supplier_id, kind, last_value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
				.params(supplierId, kind)
				.update();
			increment(supplierId, kind);
		}
		return jdbc.sql("SELECT last_value FROM edi_control_number WHERE supplier_id = ? AND kind = ?")
			.params(supplierId, kind)
			.query(Long.class)
			.single();
	}

	private int increment(String supplierId, String kind) {
		return jdbc.sql("""
				UPDATE edi_control_number SET last_value = CASE WHEN last_value >= 999999999 THEN 1 ELSE last_value + 1 END
				WHERE supplier_id = ? AND kind = ?""")
			.params(supplierId, kind)
			.update();
	}
}

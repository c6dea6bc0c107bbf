package org.distributionhub.erpgateway.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;

import org.distributionhub.erpgateway.domain.Watermark;
import org.distributionhub.erpgateway.ports.out.PurchaseOrderWatermarks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Watermarks in erp_po_watermark, one row per source, written in the caller's transaction; lock takes the row with
 * SELECT ... FOR UPDATE, so a second instance reading the same source waits and then sees what the first took in.
 */
@Repository
class JdbcPurchaseOrderWatermarks implements PurchaseOrderWatermarks {

	private final JdbcClient jdbc;

	JdbcPurchaseOrderWatermarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Watermark load(String source) {
		return read(source, "");
	}

	@Override
	public Watermark lock(String source) {
		jdbc.sql("INSERT INTO erp_po_watermark (source, changed_at, ids_at_changed, updated_at) VALUES (?, ?, '', ?) "
				+ "ON CONFLICT DO NOTHING")
			.params(source, Timestamp.from(Instant.EPOCH), Timestamp.from(Instant.now()))
			.update();
		return read(source, " FOR UPDATE");
	}

	private Watermark read(String source, String lock) {
		return jdbc.sql("SELECT changed_at, ids_at_changed FROM erp_po_watermark WHERE source = ?" + lock)
			.param(source)
			.query((rs, row) -> new Watermark(rs.getTimestamp("changed_at").toInstant(),
					new LinkedHashSet<>(Arrays.stream(rs.getString("ids_at_changed").split(","))
						.filter(id -> !id.isBlank())
						.toList())))
			.optional()
			.orElse(Watermark.start());
	}

	@Override
	public void save(String source, Watermark watermark) {
		var changedAt = Timestamp.from(watermark.changedAt());
		String ids = String.join(",", watermark.idsAtChangedAt());
		var now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("UPDATE erp_po_watermark SET changed_at = ?, ids_at_changed = ?, updated_at = ? "
				+ "WHERE source = ?").params(changedAt, ids, now, source).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO erp_po_watermark (source, changed_at, ids_at_changed, updated_at) VALUES (?, ?, ?, ?)")
				.params(source, changedAt, ids, now)
				.update();
		}
	}
}

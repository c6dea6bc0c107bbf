package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.domain.StockPosition;
import org.distributionhub.inventory.domain.StockPositionSnapshot;
import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock positions in table stock_position, with the same SQL on H2 and PostgreSQL. A position is locked with
 * SELECT ... FOR UPDATE; adding one that another transaction is adding waits for it ({@link ConcurrentWrites}).
 */
@Repository
class JdbcStockPositions implements StockPositions {

	private final JdbcClient jdbc;

	JdbcStockPositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addIfAbsent(StockPosition position) {
		var state = position.snapshot();
		ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO stock_position (warehouse, sku, unit, on_hand, reserved, backordered, dispatched,
				    last_sequence, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
				ON CONFLICT DO NOTHING""")
			.params(state.key().warehouse(), state.key().sku().code(), state.unit().code(), state.onHand(),
					state.reserved(), state.backordered(), state.dispatched(), state.lastSequence())
			.update() == 1);
	}

	@Override
	public Optional<StockPosition> lock(PositionKey key) {
		return jdbc.sql("SELECT * FROM stock_position WHERE warehouse = ? AND sku = ? FOR UPDATE")
			.params(key.warehouse(), key.sku().code())
			.query(JdbcStockPositions::position)
			.optional()
			.map(StockPosition::restore);
	}

	@Override
	public void save(StockPositionSnapshot state) {
		int updated = jdbc.sql("""
				UPDATE stock_position SET on_hand = ?, reserved = ?, backordered = ?, dispatched = ?,
				    last_sequence = ?, updated_at = CURRENT_TIMESTAMP
				WHERE warehouse = ? AND sku = ?""")
			.params(state.onHand(), state.reserved(), state.backordered(), state.dispatched(), state.lastSequence(),
					state.key().warehouse(), state.key().sku().code())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Stock position " + state.key() + " is not stored; add it before saving it");
		}
	}

	@Override
	public boolean isKnown(Sku sku) {
		return jdbc.sql("""
				SELECT 1 FROM stock_position WHERE sku = :sku
				UNION ALL
				SELECT 1 FROM expected_inbound_line WHERE sku = :sku
				FETCH FIRST 1 ROWS ONLY""").param("sku", sku.code()).query(Integer.class).optional().isPresent();
	}

	@Override
	public Optional<UnitOfMeasure> unitOf(Sku sku) {
		var kept = jdbc.sql("SELECT unit FROM stock_position WHERE sku = ? ORDER BY warehouse FETCH FIRST 1 ROWS ONLY")
			.param(sku.code())
			.query(String.class)
			.optional();
		if (kept.isEmpty()) {
			kept = jdbc.sql("""
					SELECT e.unit FROM expected_inbound_entry e
					JOIN expected_inbound_line l ON l.supplier_id = e.supplier_id AND l.po_number = e.po_number
					    AND l.line_number = e.line_number
					WHERE l.sku = ?
					ORDER BY l.updated_at DESC, e.position FETCH FIRST 1 ROWS ONLY""")
				.param(sku.code())
				.query(String.class)
				.optional();
		}
		return kept.map(UnitOfMeasure::new);
	}

	@Override
	public List<Sku> stocked(String warehouse) {
		return jdbc.sql("SELECT sku FROM stock_position WHERE warehouse = ? AND on_hand > 0 ORDER BY sku")
			.param(warehouse)
			.query(String.class)
			.list()
			.stream()
			.map(Sku::new)
			.toList();
	}

	@Override
	public List<StockPositionSnapshot> find(@Nullable Sku sku, @Nullable String warehouse) {
		var conditions = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		if (sku != null) {
			conditions.add("sku = :sku");
			params.put("sku", sku.code());
		}
		if (warehouse != null) {
			conditions.add("warehouse = :warehouse");
			params.put("warehouse", warehouse);
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return jdbc.sql("SELECT * FROM stock_position" + where + " ORDER BY sku, warehouse")
			.params(params)
			.query(JdbcStockPositions::position)
			.list();
	}

	private static StockPositionSnapshot position(ResultSet rs, int row) throws SQLException {
		return new StockPositionSnapshot(new PositionKey(rs.getString("warehouse"), new Sku(rs.getString("sku"))),
				new UnitOfMeasure(rs.getString("unit")), rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"),
				rs.getBigDecimal("backordered"), rs.getBigDecimal("dispatched"), rs.getLong("last_sequence"));
	}
}

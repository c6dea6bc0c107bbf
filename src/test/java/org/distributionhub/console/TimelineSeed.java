package org.distributionhub.console;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the benchmark's PostgreSQL as the hub would, fast: one purchase order (with its 850, 855 and 997, events and
 * posting) and one customer order (with its events, allocation and notifications) recorded by the real hub are the
 * templates; every table row about them is cloned with {@code generate_series} in multi-row INSERT ... SELECT
 * statements, each clone under its own PO number, order id, correlation id, SKU (one of 5,000), ids and times.
 */
final class TimelineSeed {

	static final String SUPPLIER = "bench-sup";
	static final String TEMPLATE_PO = "TPL-PO";
	static final String TEMPLATE_ORDER = "web:TPL-SO";
	static final String TEMPLATE_SKU = "TPL-SKU";
	static final String TEMPLATE_PO_FLOW = "tpl-po-flow";
	static final String TEMPLATE_ORDER_FLOW = "tpl-order-flow";

	private static final int SKUS = 5_000;
	private static final int CHUNK = 20_000;

	private final JdbcClient jdbc;

	TimelineSeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String poNumber(int i) {
		return "BPO-" + i;
	}

	static String orderId(int i) {
		return "web:BSO-" + i;
	}

	static String poFlow(int i) {
		return "bflow-po-" + i;
	}

	static String orderFlow(int i) {
		return "bflow-so-" + i;
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	long purchaseOrders() {
		return count("purchase_order");
	}

	long sequentialScans() {
		return jdbc.sql("""
				SELECT COALESCE(SUM(seq_scan), 0) FROM pg_stat_user_tables
				 WHERE relname IN ('publication_key', 'event_publication_archive')""").query(Long.class).single();
	}

	/** Clones the templates into {@code pos} purchase orders, {@code orders} orders and about {@code publications}. */
	void clone(int pos, int orders, int publications) {
		String po = "replace(replace(replace({c}, '" + TEMPLATE_PO + "', 'BPO-' || g), '" + TEMPLATE_PO_FLOW
				+ "', 'bflow-po-' || g), '" + TEMPLATE_SKU + "', 'BSKU-' || (g % " + SKUS + "))";
		String o = "((g - 1) % " + orders + " + 1)";
		String order = "replace(replace(replace({c}, 'TPL-SO', 'BSO-' || " + o + "), '" + TEMPLATE_ORDER_FLOW
				+ "', 'bflow-so-' || " + o + "), '" + TEMPLATE_SKU + "', 'BSKU-' || (" + o + " % " + SKUS + "))";
		for (String table : tablesWith("po_number")) {
			cloneRows(table, "po_number = '" + TEMPLATE_PO + "'", 1, pos, po, Map.of());
		}
		// The templates' ids, fixed before cloning: the clones keep the supplier and would match again.
		String messages = ids("SELECT id FROM inbound_message WHERE supplier_id = '" + SUPPLIER + "'");
		String outbox = ids("SELECT id FROM partner_outbox WHERE supplier_id = '" + SUPPLIER + "'");
		cloneRows("partner_message_key", "message_id IN (" + messages + ")", 1, pos, po, Map.of());
		cloneRows("inbound_message", "id IN (" + messages + ")", 1, pos, po, Map.of("idempotency_key", "NULL"));
		cloneRows("partner_outbox", "id IN (" + outbox + ")", 1, pos, po, Map.of("reference",
				"CASE WHEN kind = 'PURCHASE_ORDER' THEN " + po.replace("{c}", "reference")
						+ " ELSE md5(reference || '-' || g)::uuid::text END"));
		var sent = Map.of("idempotency_key", "'bench-' || md5(idempotency_key || '-' || g)", "status", "'SENT'",
				"completed_at", "recorded_at");
		cloneRows("erp_posting", "business_key = 'PO:" + TEMPLATE_PO + "'", 1, pos, po, sent);
		for (String table : tablesWith("order_id")) {
			cloneRows(table, "order_id = '" + TEMPLATE_ORDER + "'", 1, orders, order, Map.of());
		}
		cloneRows("erp_posting", "business_key = 'SO:" + TEMPLATE_ORDER + "'", 1, orders, order, sent);

		long poPublications = templatePublications(TEMPLATE_PO);
		long orderPublications = templatePublications(TEMPLATE_ORDER);
		clonePublications(TEMPLATE_PO, pos, po);
		long rest = Math.max(0, publications - pos * poPublications);
		clonePublications(TEMPLATE_ORDER, (int) Math.ceil(rest / (double) Math.max(1, orderPublications)), order);
		jdbc.sql("ANALYZE").update();
	}

	private String ids(String sql) {
		var ids = jdbc.sql(sql).query(String.class).list();
		return ids.isEmpty() ? "NULL" : "'" + String.join("', '", ids) + "'";
	}

	private long templatePublications(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM publication_key WHERE business_key = ?").param(key).query(Long.class)
			.single();
	}

	private void clonePublications(String key, int copies, String replace) {
		String ids = ids("SELECT publication_id FROM publication_key WHERE business_key = '" + key + "'");
		cloneRows("event_publication_archive", "id IN (" + ids + ")", 1, copies, replace,
				Map.of("serialized_event", "regexp_replace(" + replace.replace("{c}", "serialized_event")
						+ ", '\"eventId\":\"[0-9a-f-]{36}\"', '\"eventId\":\"' || md5(id::text || '-' || g)::uuid || '\"')"));
		cloneRows("publication_key", "publication_id IN (" + ids + ")", 1, copies, replace,
				Map.of("business_key", "CASE WHEN key_kind = 'PARTNER_MESSAGE' THEN md5(business_key || '-' || g)::uuid::text ELSE "
						+ replace.replace("{c}", "business_key") + " END"));
	}

	/** The tables with the column, a table after those its foreign keys refer to. */
	private List<String> tablesWith(String column) {
		var tables = new java.util.ArrayList<>(jdbc.sql("""
				SELECT c.table_name FROM information_schema.columns c
				  JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
				 WHERE c.column_name = ? AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
				 ORDER BY c.table_name""").param(column).query(String.class).list());
		var references = jdbc.sql("""
				SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint
				 WHERE contype = 'f' AND conrelid <> confrelid""")
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
			.list();
		var ordered = new java.util.ArrayList<String>();
		while (!tables.isEmpty()) {
			String next = tables.stream()
				.filter(table -> references.stream()
					.noneMatch(reference -> reference.get(0).equals(table) && tables.contains(reference.get(1))))
				.findFirst()
				.orElse(tables.get(0));
			tables.remove(next);
			ordered.add(next);
		}
		return ordered;
	}

	/**
	 * Copies the rows of {@code table} matching {@code where} once for each g in [from, to], in chunks: text columns
	 * through {@code replace}, UUIDs to a new id derived from the old one and g (so references between tables stay
	 * consistent), times moved back by g times 7 seconds, identity columns left to the database.
	 */
	private void cloneRows(String table, String where, int from, int to, String replace, Map<String, String> overrides) {
		var columns = jdbc.sql("""
				SELECT column_name, data_type, is_identity, column_default FROM information_schema.columns
				 WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position""")
			.param(table)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
		var names = new java.util.ArrayList<String>();
		var values = new java.util.ArrayList<String>();
		for (String[] column : columns) {
			String name = column[0];
			if ("YES".equals(column[2]) || column[3] != null && column[3].startsWith("nextval")) {
				continue;
			}
			names.add(name);
			values.add(overrides.containsKey(name) ? overrides.get(name) : switch (column[1]) {
				case "character varying", "text" -> replace.replace("{c}", name);
				case "uuid" -> "CASE WHEN " + name + " IS NULL THEN NULL ELSE md5(" + name + "::text || '-' || g)::uuid END";
				case "timestamp with time zone" -> name + " - g * INTERVAL '7 seconds'";
				default -> name;
			});
		}
		for (int low = from; low <= to; low += CHUNK) {
			int high = Math.min(to, low + CHUNK - 1);
			jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
					+ " FROM " + table + ", generate_series(" + low + ", " + high + ") g WHERE " + where)
				.update();
		}
	}

	/**
	 * Trouble for the incidents list at scale: the first {@code overdue} purchase orders unanswered two hours past
	 * due, the first {@code waiting} customer orders backordered (so those on an overdue PO's SKU are pegged to it), and
	 * the postings of the {@code parked} POs after those parked when the ERP refused them.
	 */
	void trouble(int overdue, int waiting, int parked) {
		jdbc.sql("""
				UPDATE purchase_order SET acknowledged_at = NULL, overdue_reported = TRUE,
				       ack_due_at = CURRENT_TIMESTAMP - INTERVAL '2 hours'
				 WHERE po_number IN (SELECT 'BPO-' || g FROM generate_series(1, ?) g)""").param(overdue).update();
		jdbc.sql("""
				UPDATE stock_allocation_line SET reserved = 0, backordered = ordered, waiting = TRUE, holding = FALSE,
				       promise_date = DATE '2027-01-15'
				 WHERE order_id IN (SELECT 'web:BSO-' || g FROM generate_series(1, ?) g)""").param(waiting).update();
		jdbc.sql("""
				UPDATE erp_posting SET status = 'PARKED', completed_at = NULL, attempts = 5,
				       last_error = 'ERP answered 422: customer account on hold'
				 WHERE business_key IN (SELECT 'PO:BPO-' || g FROM generate_series(?, ?) g)""")
			.params(overdue + 1, overdue + parked)
			.update();
		jdbc.sql("ANALYZE").update();
	}
}

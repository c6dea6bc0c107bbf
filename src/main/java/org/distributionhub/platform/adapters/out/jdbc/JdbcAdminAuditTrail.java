package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.AuditFilter;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.ports.out.AdminAuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Inserts and reads admin_audit; this class is the table's only writer and it never updates or deletes. */
@Repository
class JdbcAdminAuditTrail implements AdminAuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAdminAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public AdminAuditEntryView append(String actor, String action, String target, String reason, String outcome) {
		var now = clock.instant();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO admin_audit (occurred_at, actor, action, target, reason, outcome)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(now), actor, action, clip(target, 4000), clip(reason, 2000), clip(outcome, 2000))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		return new AdminAuditEntryView(id, now, actor, action, target, reason, outcome);
	}

	@Override
	public PageOf<AdminAuditEntryView> find(int page, int size) {
		long total = jdbc.sql("SELECT COUNT(*) FROM admin_audit").query(Long.class).single();
		var items = jdbc.sql("SELECT * FROM admin_audit ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query(JdbcAdminAuditTrail::toView)
			.list();
		return new PageOf<>(items, page, size, total);
	}

	@Override
	public List<AdminAuditEntryView> mentioning(Collection<String> texts, int limit) {
		var conditions = new ArrayList<String>();
		var params = new ArrayList<Object>();
		for (String text : texts) {
			conditions.add("target LIKE ? ESCAPE '\\'");
			params.add(Where.containing(text));
		}
		params.add(limit);
		return jdbc.sql("SELECT * FROM admin_audit WHERE " + String.join(" OR ", conditions)
				+ " ORDER BY occurred_at, id LIMIT ?")
			.params(params)
			.query(JdbcAdminAuditTrail::toView)
			.list();
	}

	public PageOf<AdminAuditEntryView> find(AuditFilter filter, int page, int size) {
		var where = new Where();
		where.addIf("actor = ?", filter.actor());
		where.addIf("action = ?", filter.action());
		where.addIf("occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
		where.addIf("occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
		where.anyLike(filter.text(), "reason", "target");
		long total = jdbc.sql("SELECT COUNT(*) FROM admin_audit" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		var items = jdbc.sql("SELECT * FROM admin_audit" + where.sql() + " ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(where.paramsAnd(size, (long) page * size))
			.query(JdbcAdminAuditTrail::toView)
			.list();
		return new PageOf<>(items, page, size, total);
	}

	@Override
	public List<String> actions() {
		return jdbc.sql("SELECT DISTINCT action FROM admin_audit ORDER BY action").query(String.class).list();
	}

	private static AdminAuditEntryView toView(ResultSet rs, int row) throws SQLException {
		return new AdminAuditEntryView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("reason"),
				rs.getString("outcome"));
	}

	static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 3) + "...";
	}
}

package org.distributionhub.console.alerting.adapters.out.jdbc;

import static org.distributionhub.console.alerting.adapters.out.jdbc.AlertRows.at;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.distributionhub.console.alerting.ports.out.AlertRuleEdits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** alert_rule: one row per rule an admin added or changed, its kinds comma-separated and its minimum age in seconds. */
@Repository
class JdbcAlertRuleEdits implements AlertRuleEdits {

	private final JdbcClient jdbc;

	JdbcAlertRuleEdits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EditedRule> all() {
		return jdbc.sql("SELECT * FROM alert_rule ORDER BY id").query(JdbcAlertRuleEdits::toEdit).list();
	}

	@Override
	@Transactional
	public void save(EditedRule rule) {
		String kinds = String.join(",", rule.kinds());
		int updated = jdbc.sql("""
				UPDATE alert_rule SET name = ?, kinds = ?, min_count = ?, min_age_seconds = ?, enabled = ?,
				       updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(rule.name(), kinds, rule.minCount(), rule.minAge().toSeconds(), rule.enabled(),
					at(rule.updatedAt()), rule.updatedBy(), rule.id())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO alert_rule (id, name, kinds, min_count, min_age_seconds, enabled, updated_at, updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(rule.id(), rule.name(), kinds, rule.minCount(), rule.minAge().toSeconds(), rule.enabled(),
						at(rule.updatedAt()), rule.updatedBy())
				.update();
		}
	}

	@Override
	public boolean delete(String id) {
		return jdbc.sql("DELETE FROM alert_rule WHERE id = ?").param(id).update() == 1;
	}

	private static EditedRule toEdit(ResultSet rs, int row) throws SQLException {
		return new EditedRule(rs.getString("id"), rs.getString("name"), List.of(rs.getString("kinds").split(",")),
				rs.getInt("min_count"), Duration.ofSeconds(rs.getLong("min_age_seconds")), rs.getBoolean("enabled"),
				Objects.requireNonNull(AlertRows.instant(rs, "updated_at")), rs.getString("updated_by"));
	}
}

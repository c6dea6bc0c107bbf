package org.distributionhub.console.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.model.ConsoleRole;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and inserts console_user rows; an insert that meets an existing name changes nothing. */
@Repository
class JdbcConsoleUsers implements ConsoleUsers {

	private final JdbcClient jdbc;

	JdbcConsoleUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM console_user").query(Long.class).single() == 0;
	}

	@Override
	public Optional<ConsoleUser> find(String username) {
		return jdbc.sql("SELECT * FROM console_user WHERE username = ?")
			.param(username)
			.query(JdbcConsoleUsers::toUser)
			.optional();
	}

	@Override
	public boolean addIfAbsent(ConsoleUser user) {
		return jdbc.sql("""
				INSERT INTO console_user (username, password_hash, role, created_at, created_by)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(user.username(), user.passwordHash(), user.role().name(), Timestamp.from(user.createdAt()),
					user.createdBy())
			.update() == 1;
	}

	@Override
	public List<ConsoleUser> findAll() {
		return jdbc.sql("SELECT * FROM console_user ORDER BY username").query(JdbcConsoleUsers::toUser).list();
	}

	private static ConsoleUser toUser(ResultSet rs, int row) throws SQLException {
		return new ConsoleUser(rs.getString("username"), rs.getString("password_hash"),
				ConsoleRole.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}
}

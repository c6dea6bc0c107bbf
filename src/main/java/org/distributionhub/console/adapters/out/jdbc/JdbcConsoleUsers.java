package org.distributionhub.console.adapters.out.jdbc;

import java.util.List;
import java.util.Optional;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.springframework.stereotype.Repository;

/** Reads and inserts console_user rows through Spring Data JDBC; an insert that meets an existing name changes nothing. */
@Repository
class JdbcConsoleUsers implements ConsoleUsers {

	private final ConsoleUserRowRepository rows;

	JdbcConsoleUsers(ConsoleUserRowRepository rows) {
		this.rows = rows;
	}

	@Override
	public boolean isEmpty() {
		return rows.count() == 0;
	}

	@Override
	public Optional<ConsoleUser> find(String username) {
		return rows.findById(username).map(ConsoleUserRow::toUser);
	}

	@Override
	public boolean addIfAbsent(ConsoleUser user) {
		return rows.insertIfAbsent(user.username(), user.passwordHash(), user.role().name(), user.createdAt(),
				user.createdBy()) == 1;
	}

	@Override
	public List<ConsoleUser> findAll() {
		return rows.findAllByOrderByUsernameAsc().stream().map(ConsoleUserRow::toUser).toList();
	}
}

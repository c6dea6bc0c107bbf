package org.distributionhub.console.adapters.out.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** console_user through Spring Data JDBC. */
interface ConsoleUserRowRepository extends Repository<ConsoleUserRow, String> {

	long count();

	Optional<ConsoleUserRow> findById(String username);

	List<ConsoleUserRow> findAllByOrderByUsernameAsc();

	/** One statement that leaves an existing user as it is: the first administrator may be created concurrently. */
	@Modifying
	@Query("""
			INSERT INTO console_user (username, password_hash, role, created_at, created_by)
			VALUES (:username, :passwordHash, :role, :createdAt, :createdBy) ON CONFLICT DO NOTHING""")
	int insertIfAbsent(String username, String passwordHash, String role, Instant createdAt, String createdBy);
}

package org.distributionhub.console.adapters.out.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
			INSERT INTO console_user (username, password_hash, role, created_at, created_by, enabled,
			    must_change_password, password_changed_at)
			VALUES (:username, :passwordHash, :role, :createdAt, :createdBy, :enabled, :mustChangePassword,
			    :passwordChangedAt) ON CONFLICT DO NOTHING""")
	int insertIfAbsent(String username, String passwordHash, String role, Instant createdAt, String createdBy,
			boolean enabled, boolean mustChangePassword, @Nullable Instant passwordChangedAt);

	@Modifying
	@Query("""
			UPDATE console_user SET password_hash = :passwordHash, role = :role, enabled = :enabled,
			    must_change_password = :mustChangePassword, password_changed_at = :passwordChangedAt
			WHERE username = :username""")
	int update(String username, String passwordHash, String role, boolean enabled, boolean mustChangePassword,
			@Nullable Instant passwordChangedAt);

	/** Locks the rows of every ADMIN until the transaction ends. */
	@Query("SELECT username FROM console_user WHERE role = 'ADMIN' ORDER BY username FOR UPDATE")
	List<String> lockAdmins();
}

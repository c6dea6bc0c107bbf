package org.distributionhub.console.adapters.out.jdbc;

import java.time.Instant;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.platform.api.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of console_user. */
@Table("console_user")
record ConsoleUserRow(@Id String username, String passwordHash, String role, Instant createdAt, String createdBy,
		boolean enabled, boolean mustChangePassword, @Nullable Instant passwordChangedAt) {

	ConsoleUser toUser() {
		return new ConsoleUser(username, passwordHash, StaffRole.valueOf(role), createdAt, createdBy, enabled,
				mustChangePassword, passwordChangedAt);
	}
}

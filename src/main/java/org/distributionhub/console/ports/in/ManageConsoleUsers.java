package org.distributionhub.console.ports.in;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.StaffRole;

/** Lists console users and lets an admin add one; every addition is recorded in the admin audit trail. */
public interface ManageConsoleUsers {

	List<ConsoleUserView> list();

	/** Fails with IllegalArgumentException when the name is taken or the name or password breaks the rules. */
	ConsoleUserView create(CreateConsoleUserCommand command);

	record CreateConsoleUserCommand(String username, StaffRole role, String password, String actor) {
	}

	record ConsoleUserView(String username, StaffRole role, Instant createdAt, String createdBy) {
	}
}

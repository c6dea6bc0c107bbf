package org.distributionhub.platform.api;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who may call some paths of the staff API: Ant-style path patterns under /api/, one HTTP method (null for every
 * method) and the staff roles allowed. A request any rule matches needs a console user over HTTP basic.
 */
public record StaffApiRule(@Nullable String method, List<String> paths, Set<StaffRole> roles) {

	public StaffApiRule {
		if (paths.isEmpty() || paths.stream().anyMatch(path -> !path.startsWith("/api/"))) {
			throw new IllegalArgumentException("A staff API rule names at least one path, each under /api/: " + paths);
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A staff API rule allows at least one role");
		}
		paths = List.copyOf(paths);
		roles = Set.copyOf(roles);
	}

	/** The paths, whatever the method, for the roles given. */
	public static StaffApiRule anyMethod(List<String> paths, StaffRole... roles) {
		return new StaffApiRule(null, paths, Set.of(roles));
	}

	/** Reading the paths (GET) for the roles given. */
	public static StaffApiRule reading(List<String> paths, StaffRole... roles) {
		return new StaffApiRule("GET", paths, Set.of(roles));
	}
}

package org.distributionhub.console.application;

import java.security.SecureRandom;
import java.time.Clock;

import org.distributionhub.console.domain.ConsolePasswords;
import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.distributionhub.platform.api.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * At start: creates the first admin when the console has no user at all (with a generated password, shown once, when
 * none is configured, which must be changed at the first sign-in), then adds the configured users that do not exist
 * yet. Configured passwords meet the same policy as any other. Existing users are never changed.
 */
@Service
class ConsoleUserBootstrap implements ApplicationRunner {

	static final String CREATED_BY = "configuration";

	private static final Logger LOG = LoggerFactory.getLogger(ConsoleUserBootstrap.class);

	private final ConsoleUsers users;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final ConsoleProperties properties;
	private final Clock clock;

	ConsoleUserBootstrap(ConsoleUsers users, PasswordEncoder encoder, PasswordPolicy policy,
			ConsoleProperties properties, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		bootstrap();
	}

	void bootstrap() {
		if (users.isEmpty()) {
			createFirstAdmin();
		}
		var seeds = properties.users();
		for (int i = 0; i < seeds.size(); i++) {
			seed(seeds.get(i), "hub.console.users[" + i + "]");
		}
	}

	private void createFirstAdmin() {
		var admin = properties.admin();
		String username = ConsoleUser.normalizeUsername(admin.username());
		String configured = admin.password();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? ConsolePasswords.generate(new SecureRandom()) : configured;
		if (!users.addIfAbsent(user(username, password, StaffRole.ADMIN, "hub.console.admin", generated))) {
			return;
		}
		if (generated) {
			LOG.warn("""


					======================================================================
					  The console had no user and hub.console.admin.password is not set.
					  Created console user '{}' with role ADMIN and this password:

					    Password: {}

					  It is shown only this once and must be changed at the first
					  sign-in (the console asks for a new one). Next time, set
					  HUB_CONSOLE_ADMIN_PASSWORD before the first start instead.
					======================================================================
					""", username, password);
		}
		else {
			LOG.info("Created the first console user '{}' (ADMIN) from hub.console.admin", username);
		}
	}

	private void seed(ConsoleProperties.SeedUser seed, String key) {
		String username = ConsoleUser.normalizeUsername(seed.username());
		if (users.find(username).isEmpty()
				&& users.addIfAbsent(user(username, seed.password(), seed.role(), key, false))) {
			LOG.info("Created console user '{}' ({}) from {}", username, seed.role(), key);
		}
	}

	private ConsoleUser user(String username, String password, StaffRole role, String key, boolean mustChange) {
		try {
			String hash = ConsolePasswords.isEncoded(password) ? password : encode(password, username);
			return new ConsoleUser(username, hash, role, clock.instant(), CREATED_BY, true, mustChange, null);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("Cannot create console user '" + username + "' from " + key + ": "
					+ e.getMessage(), e);
		}
	}

	private String encode(String password, String username) {
		policy.check(password, username);
		return encoder.encode(password);
	}
}

package org.distributionhub.console.application;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.SignIn;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Signs console users in; while sign-in is locked even the right password is refused and counted as a failure. A
 * disabled user is refused too, and told so only when the password was right. Every refusal and every lockout is
 * written down by the {@link AccountJournal}.
 */
@Service
class SignInService implements SignIn {

	private final ConsoleUsers users;
	private final PasswordEncoder encoder;
	private final LoginThrottle throttle;
	private final Supplier<String> unknownUserHash;
	private final VerifiedPasswords verified;
	private final AccountJournal journal;
	private final Duration lockout;

	SignInService(ConsoleUsers users, PasswordEncoder encoder, LoginThrottle throttle, VerifiedPasswords verified,
			AccountJournal journal, ConsoleProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.verified = verified;
		this.journal = journal;
		this.lockout = properties.login().lockout();
		this.unknownUserHash = SingletonSupplier.of(() -> encoder.encode("no user has this password"));
	}

	@Override
	public SignInOutcome signIn(String username, String password, String clientAddress) {
		String name = ConsoleUser.normalizeUsername(username);
		var locked = throttle.lockedFor(name, clientAddress);
		if (locked.isPresent()) {
			journal.signInWhileLocked(name, clientAddress);
			return new Throttled(fail(name, clientAddress).orElse(locked.get()));
		}
		var user = ConsoleUser.isValidUsername(name) ? users.find(name) : Optional.<ConsoleUser>empty();
		// An unknown name costs as much time as a wrong password, so timing does not tell which names exist.
		String hash = user.map(ConsoleUser::passwordHash).orElseGet(unknownUserHash);
		boolean remembered = user.isPresent() && verified.isVerified(name, password, hash);
		if (!remembered && (!encoder.matches(password, hash) || user.isEmpty())) {
			verified.forget(name);
			journal.signInFailed(name, clientAddress, user.isPresent() ? "wrong_password" : "unknown_user");
			return fail(name, clientAddress).<SignInOutcome>map(Throttled::new).orElseGet(Rejected::new);
		}
		var found = user.get();
		if (!found.enabled()) {
			journal.signInFailed(name, clientAddress, "disabled");
			return new Disabled();
		}
		if (!remembered) {
			throttle.reset(name, clientAddress);
			verified.remember(name, password, hash);
		}
		return new Accepted(name, found.role(), found.mustChangePassword());
	}

	private Optional<Duration> fail(String name, String clientAddress) {
		var failure = throttle.recordFailure(name, clientAddress);
		if (failure.usernameLockBegan()) {
			journal.lockedOut(name, clientAddress, "username", lockout);
		}
		if (failure.addressLockBegan()) {
			journal.lockedOut(name, clientAddress, "address", lockout);
		}
		return failure.lockedFor();
	}
}

package org.distributionhub.console.application;

import java.util.Optional;
import java.util.function.Supplier;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.in.SignIn;
import org.distributionhub.console.ports.out.ConsoleUsers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/** Signs console users in; while sign-in is locked even the right password is refused and counted as a failure. */
@Service
class SignInService implements SignIn {

	private final ConsoleUsers users;
	private final PasswordEncoder encoder;
	private final LoginThrottle throttle;
	private final Supplier<String> unknownUserHash;
	private final VerifiedPasswords verified;

	SignInService(ConsoleUsers users, PasswordEncoder encoder, LoginThrottle throttle, VerifiedPasswords verified) {
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.verified = verified;
		this.unknownUserHash = SingletonSupplier.of(() -> encoder.encode("no user has this password"));
	}

	@Override
	public SignInOutcome signIn(String username, String password, String clientAddress) {
		String name = ConsoleUser.normalizeUsername(username);
		var locked = throttle.lockedFor(name, clientAddress);
		if (locked.isPresent()) {
			return new Throttled(throttle.recordFailure(name, clientAddress).orElse(locked.get()));
		}
		var user = ConsoleUser.isValidUsername(name) ? users.find(name) : Optional.<ConsoleUser>empty();
		// An unknown name costs as much time as a wrong password, so timing does not tell which names exist.
		String hash = user.map(ConsoleUser::passwordHash).orElseGet(unknownUserHash);
		if (user.isPresent() && verified.isVerified(name, password, hash)) {
			return new Accepted(name, user.get().role());
		}
		if (!encoder.matches(password, hash) || user.isEmpty()) {
			verified.forget(name);
			return throttle.recordFailure(name, clientAddress).<SignInOutcome>map(Throttled::new)
				.orElseGet(Rejected::new);
		}
		throttle.reset(name, clientAddress);
		verified.remember(name, password, hash);
		return new Accepted(name, user.get().role());
	}
}

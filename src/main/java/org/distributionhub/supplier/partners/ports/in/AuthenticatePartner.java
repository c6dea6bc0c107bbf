package org.distributionhub.supplier.partners.ports.in;

/** Tells which supplier a presented API key belongs to, on every partner call; answers from memory when it can. */
public interface AuthenticatePartner {

	Outcome authenticate(String presentedKey);

	sealed interface Outcome permits Authenticated, Refused {
	}

	record Authenticated(String supplierId, String keyId) implements Outcome {
	}

	/** Why a key was refused, in words a partner's developer can act on. */
	record Refused(String reason) implements Outcome {
	}
}

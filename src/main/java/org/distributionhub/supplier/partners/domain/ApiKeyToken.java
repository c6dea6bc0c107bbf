package org.distributionhub.supplier.partners.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API key as a partner presents it: {@code dh_<key id>_<secret>}, the key id 16 hex digits that name the stored
 * key, the secret 32 random bytes in unpadded base64url. Its text form hides the secret, so it is safe in logs.
 */
public final class ApiKeyToken {

	private static final Pattern FORMAT = Pattern.compile("dh_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

	private final String keyId;
	private final String secret;

	private ApiKeyToken(String keyId, String secret) {
		this.keyId = keyId;
		this.secret = secret;
	}

	/** A new key id and secret from the given source of randomness. */
	public static ApiKeyToken generate(SecureRandom random) {
		byte[] id = new byte[8];
		byte[] secret = new byte[32];
		random.nextBytes(id);
		random.nextBytes(secret);
		return new ApiKeyToken(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** The token in a presented value, or empty when the value is not shaped like one of our keys. */
	public static Optional<ApiKeyToken> parse(String presented) {
		var matcher = FORMAT.matcher(presented.strip());
		return matcher.matches() ? Optional.of(new ApiKeyToken(matcher.group(1), matcher.group(2))) : Optional.empty();
	}

	public String keyId() {
		return keyId;
	}

	String secret() {
		return secret;
	}

	/** The whole key, secret included: shown to the admin once, when it is issued, and never stored. */
	public String reveal() {
		return "dh_" + keyId + "_" + secret;
	}

	@Override
	public String toString() {
		return "dh_" + keyId + "_***";
	}
}

package org.distributionhub.supplier.exchange.adapters.in.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The idempotency key of a CSV or JSON file: the same supplier, file name and content give the same key, so a file
 * taken in again after a crash returns its first receipt. EDI files need none: the intake knows their interchanges.
 */
final class IdempotencyKeys {

	private IdempotencyKeys() {
	}

	static @Nullable String forFile(String supplierId, Channel channel, String fileName, byte[] content) {
		if (channel == Channel.X12 || channel == Channel.EDIFACT) {
			return null;
		}
		String identity = supplierId + "\n" + fileName + "\n" + HexFormat.of().formatHex(sha256(content));
		return "file-" + HexFormat.of().formatHex(sha256(identity.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

package org.distributionhub.supplier.partners.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A range of client addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a single address is its
 * own range. Only address literals are taken, so reading one never asks a name server.
 */
public final class AddressRange {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final byte[] network;
	private final int prefix;
	private final String text;

	private AddressRange(byte[] network, int prefix) {
		this.network = network;
		this.prefix = prefix;
		this.text = literal(network) + "/" + prefix;
	}

	/** The range a CIDR text names; IllegalArgumentException, saying why, for anything else. */
	public static AddressRange parse(String cidr) {
		String value = cidr.strip();
		int slash = value.indexOf('/');
		byte[] address = address(slash < 0 ? value : value.substring(0, slash));
		if (address == null) {
			throw new IllegalArgumentException("'" + cidr + "' is no IP address or CIDR range (such as 10.0.0.0/8)");
		}
		int bits = address.length * 8;
		int prefix = bits;
		if (slash >= 0) {
			try {
				prefix = Integer.parseInt(value.substring(slash + 1));
			}
			catch (NumberFormatException e) {
				prefix = -1;
			}
			if (prefix < 0 || prefix > bits) {
				throw new IllegalArgumentException("'" + cidr + "' has a prefix length outside 0 to " + bits);
			}
		}
		for (int bit = prefix; bit < bits; bit++) {
			address[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		return new AddressRange(address, prefix);
	}

	/** Whether the address lies in this range; an address of the other family never does. */
	public boolean contains(InetAddress candidate) {
		byte[] bytes = candidate.getAddress();
		if (bytes.length != network.length) {
			return false;
		}
		for (int bit = 0; bit < prefix; bit++) {
			int mask = 0x80 >>> (bit % 8);
			if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
				return false;
			}
		}
		return true;
	}

	/** An address literal as an address, or null when the text is none (never a name server lookup). */
	public static @Nullable InetAddress literal(String text) {
		byte[] bytes = address(text.strip());
		try {
			return bytes == null ? null : InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException e) {
			return null;
		}
	}

	private static byte @Nullable [] address(String text) {
		if (IPV4.matcher(text).matches()) {
			String[] parts = text.split("\\.");
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int part = Integer.parseInt(parts[i]);
				if (part > 255) {
					return null;
				}
				bytes[i] = (byte) part;
			}
			return bytes;
		}
		if (IPV6.matcher(text).matches()) {
			try {
				// A text with a colon is taken as an IPv6 literal: no lookup.
				return InetAddress.getByName("[" + text + "]").getAddress();
			}
			catch (UnknownHostException e) {
				return null;
			}
		}
		return null;
	}

	private static String literal(byte[] address) {
		try {
			return InetAddress.getByAddress(address).getHostAddress();
		}
		catch (UnknownHostException e) {
			throw new IllegalStateException("An address of 4 or 16 bytes is always valid", e);
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof AddressRange range && range.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	/** The canonical CIDR text: {@code 10.0.0.0/8}. */
	@Override
	public String toString() {
		return text;
	}
}

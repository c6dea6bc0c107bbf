package org.distributionhub.supplier.exchange.formats.edi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns a partner's bytes into text in the character set they were written in, without the byte-order mark some
 * partners put first. An EDIFACT interchange names its set in UNB S001 (0001): UNOA and UNOB are ASCII subsets,
 * UNOC to UNOK and UNOL the parts of ISO 8859, UNOW and UNOY ISO 10646 as UTF-8. X12 names none: basic and
 * extended sets are read as UTF-8 when the bytes are UTF-8, else as ISO-8859-1, byte for byte. A partner that
 * declares a single-byte set but sends valid multi-byte UTF-8 is read as UTF-8, as such bytes are all but never
 * meant as ISO 8859 text.
 */
public final class EdiText {

	/** The text and the character set it was read in. */
	public record Decoded(String text, Charset charset) {
	}

	private static final Map<String, String> EDIFACT_SETS = Map.ofEntries(Map.entry("UNOA", "US-ASCII"),
			Map.entry("UNOB", "US-ASCII"), Map.entry("UNOC", "ISO-8859-1"), Map.entry("UNOD", "ISO-8859-2"),
			Map.entry("UNOE", "ISO-8859-5"), Map.entry("UNOF", "ISO-8859-7"), Map.entry("UNOG", "ISO-8859-3"),
			Map.entry("UNOH", "ISO-8859-4"), Map.entry("UNOI", "ISO-8859-6"), Map.entry("UNOJ", "ISO-8859-8"),
			Map.entry("UNOK", "ISO-8859-9"), Map.entry("UNOL", "ISO-8859-15"), Map.entry("UNOW", "UTF-8"),
			Map.entry("UNOY", "UTF-8"));

	private EdiText() {
	}

	public static String decode(byte[] content) {
		return read(content).text();
	}

	/** The text with the character set chosen for it (see the class comment). */
	public static Decoded read(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			byte[] rest = Arrays.copyOfRange(content, 3, content.length);
			String utf8 = strictUtf8(rest);
			return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8)
					: new Decoded(new String(rest, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
		}
		Charset declared = declared(content);
		String utf8 = strictUtf8(content);
		if (utf8 != null) {
			// ASCII reads the same in every set named here; anything beyond it that is valid UTF-8 is UTF-8
			return new Decoded(utf8, declared != null && isAscii(content) ? declared : StandardCharsets.UTF_8);
		}
		if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
			return new Decoded(new String(content, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
		}
		return new Decoded(new String(content, declared), declared);
	}

	/** The character set an EDIFACT UNB names (with or without UNA before it), or null when there is none. */
	public static @Nullable Charset declared(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1);
		int start = firstNonBlank(head);
		char component = ':';
		char element = '+';
		if (head.startsWith("UNA", start) && head.length() >= start + 9) {
			component = head.charAt(start + 3);
			element = head.charAt(start + 4);
		}
		int unb = head.indexOf("UNB" + element, start);
		if (unb < 0 || !head.startsWith("UN", start)) {
			return null;
		}
		int from = unb + 4;
		int end = from;
		while (end < head.length() && head.charAt(end) != component && head.charAt(end) != element) {
			end++;
		}
		return edifactCharset(head.substring(from, end));
	}

	/** The character set of an EDIFACT syntax identifier (0001), or null when it is not one we know. */
	public static @Nullable Charset edifactCharset(String syntaxIdentifier) {
		String name = EDIFACT_SETS.get(syntaxIdentifier.strip().toUpperCase(Locale.ROOT));
		return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
	}

	public static int firstNonBlank(String text) {
		int index = 0;
		while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
			index++;
		}
		return index;
	}

	private static @Nullable String strictUtf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static boolean isAscii(byte[] content) {
		for (byte b : content) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}
}

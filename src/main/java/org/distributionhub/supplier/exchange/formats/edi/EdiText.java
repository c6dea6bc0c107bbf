package org.distributionhub.supplier.exchange.formats.edi;

import java.nio.charset.StandardCharsets;

/** Turns a partner's bytes into text: UTF-8, without the byte-order mark some partners put first. */
public final class EdiText {

	private EdiText() {
	}

	public static String decode(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	public static int firstNonBlank(String text) {
		int index = 0;
		while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
			index++;
		}
		return index;
	}
}

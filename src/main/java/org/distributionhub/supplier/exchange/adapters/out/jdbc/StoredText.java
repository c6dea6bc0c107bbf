package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import org.distributionhub.shared.ControlCharacters;

/**
 * What the hub writes about a partner's message (summaries, reasons, outcomes): at most the 2000 characters of its
 * column, control characters shown as their pictures so PostgreSQL takes them.
 */
final class StoredText {

	private static final int COLUMN = 2000;

	private StoredText() {
	}

	static String of(String text) {
		return ControlCharacters.visible(text.length() > COLUMN ? text.substring(0, COLUMN) : text);
	}
}

package org.distributionhub.inventory.adapters.in.files;

import org.distributionhub.platform.folders.FileOutcome;

/** A warehouse file nothing of which was used, with the reason for its {@code <name>.error.txt}. */
final class Refusals {

	private Refusals() {
	}

	static FileOutcome of(String reason) {
		return FileOutcome.refused("Status: REFUSED\nReason: " + reason
				+ "\nNothing of the file was applied; correct it and drop it into the inbox again.\n");
	}
}

package org.distributionhub.inventory.adapters.in.files;

/** What became of a warehouse file: archived with a report, or refused with a note saying why. */
record FileOutcome(boolean archived, String text) {

	static FileOutcome archived(String report) {
		return new FileOutcome(true, report);
	}

	/** A file nothing of which was used. */
	static FileOutcome refused(String fileName, String reason) {
		return new FileOutcome(false, "File: " + fileName + "\nStatus: REFUSED\nReason: " + reason
				+ "\nNothing of the file was applied; correct it and drop it into the inbox again.\n");
	}
}

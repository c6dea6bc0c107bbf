package org.distributionhub.platform.folders;

import org.jspecify.annotations.Nullable;

/**
 * What became of a handled file: archived (with a {@code <name>.report.txt} beside it if there is a report) or
 * refused (moved to {@code error/} beside a {@code <name>.error.txt} giving the reason). A name already taken in the
 * target folder gets {@code -<tag>} before its extension: the module's tag if it gives one (a tracking id), else the
 * time of the claim.
 */
public record FileOutcome(boolean archive, @Nullable String text, @Nullable String tag) {

	public static FileOutcome archived() {
		return new FileOutcome(true, null, null);
	}

	public static FileOutcome archivedWithReport(String report) {
		return new FileOutcome(true, report, null);
	}

	public static FileOutcome refused(String reason) {
		return new FileOutcome(false, reason, null);
	}

	public FileOutcome taggedWith(String tag) {
		return new FileOutcome(archive, text, tag);
	}
}

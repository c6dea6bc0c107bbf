package org.distributionhub.supplier.exchange.formats.edi;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An interchange as StAEDI delivered it: header (ISA, UNB), groups, trailer (IEA, UNZ), the validation errors
 * outside any group, and the message of the error that stopped reading, if one did.
 */
public final class ScannedInterchange {

	private @Nullable Segment header;
	private @Nullable Segment trailer;
	private final List<ScannedGroup> groups = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();
	private @Nullable String fatal;
	private boolean more;

	void add(Segment segment) {
		if (segment.is("UNA")) {
			return;
		}
		if (header == null) {
			header = segment;
		}
		else {
			trailer = segment;
		}
	}

	void add(ScannedGroup group) {
		groups.add(group);
	}

	void add(Finding finding) {
		findings.add(finding);
	}

	void stoppedBy(String message) {
		fatal = message;
	}

	void followedByAnother() {
		more = true;
	}

	@Nullable
	public Segment header() {
		return header;
	}

	@Nullable
	public Segment trailer() {
		return trailer;
	}

	public List<ScannedGroup> groups() {
		return List.copyOf(groups);
	}

	public List<Finding> findings() {
		return List.copyOf(findings);
	}

	@Nullable
	public String fatal() {
		return fatal;
	}

	/** Whether a second interchange followed in the same message (it is not read). */
	public boolean more() {
		return more;
	}
}

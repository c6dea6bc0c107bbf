package org.distributionhub.supplier.exchange.formats.edi;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A functional group (X12 GS to GE, EDIFACT UNG to UNE) as scanned; an EDIFACT interchange without UNG holds its
 * messages in one implicit group without header or trailer.
 */
public final class ScannedGroup {

	private final boolean implicit;
	private @Nullable Segment header;
	private @Nullable Segment trailer;
	private final List<ScannedTransaction> transactions = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();

	ScannedGroup(boolean implicit) {
		this.implicit = implicit;
	}

	void add(Segment segment) {
		if (header == null && !implicit) {
			header = segment;
		}
		else {
			trailer = segment;
		}
	}

	void add(ScannedTransaction transaction) {
		transactions.add(transaction);
	}

	void add(Finding finding) {
		findings.add(finding);
	}

	public boolean implicit() {
		return implicit;
	}

	@Nullable
	public Segment header() {
		return header;
	}

	@Nullable
	public Segment trailer() {
		return trailer;
	}

	public List<ScannedTransaction> transactions() {
		return List.copyOf(transactions);
	}

	public List<Finding> findings() {
		return List.copyOf(findings);
	}
}

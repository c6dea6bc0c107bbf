package org.distributionhub.supplier;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes small X12 interchanges for tests, in any partner's delimiters: a fixed-width ISA, one GS group and one
 * transaction set with a correct SE count.
 */
public final class X12Builder {

	private final String sender;
	private final String receiver;
	private char element = '*';
	private char terminator = '~';
	private String control = "000000001";
	private String groupTime = "1200";
	private final List<String> segments = new ArrayList<>();
	private String functionalId = "PR";
	private String setId = "855";

	private X12Builder(String sender, String receiver) {
		this.sender = sender;
		this.receiver = receiver;
	}

	public static X12Builder from(String sender) {
		return new X12Builder(sender, "DISTHUB");
	}

	public X12Builder delimiters(char element, char terminator) {
		this.element = element;
		this.terminator = terminator;
		return this;
	}

	public X12Builder control(int number) {
		this.control = String.format("%09d", number);
		return this;
	}

	public X12Builder time(String hhmm) {
		this.groupTime = hhmm;
		return this;
	}

	public X12Builder set(String functionalId, String setId) {
		this.functionalId = functionalId;
		this.setId = setId;
		return this;
	}

	/** A segment written with '*' between elements; they are replaced by this interchange's separator. */
	public X12Builder segment(String text) {
		segments.add(text);
		return this;
	}

	public String build() {
		int group = Integer.parseInt(control);
		StringBuilder out = new StringBuilder();
		add(out, String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261127*%s*U*00401*%s*0*P*>", sender,
				receiver, groupTime, control));
		add(out, "GS*" + functionalId + "*" + sender + "*" + receiver + "*20261127*" + groupTime + "*" + group
				+ "*X*004010");
		add(out, "ST*" + setId + "*0001");
		segments.forEach(segment -> add(out, segment));
		add(out, "SE*" + (segments.size() + 2) + "*0001");
		add(out, "GE*1*" + group);
		add(out, "IEA*1*" + control);
		return out.toString();
	}

	private void add(StringBuilder out, String segment) {
		out.append(segment.replace('*', element)).append(terminator);
		if (terminator == '\n') {
			return;
		}
		out.append('\n');
	}
}

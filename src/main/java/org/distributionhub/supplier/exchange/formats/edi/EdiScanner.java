package org.distributionhub.supplier.exchange.formats.edi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.shared.ControlCharacters;
import org.distributionhub.shared.ControlCharacters.Kind;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

/**
 * Runs StAEDI over one interchange (X12 or EDIFACT, found from its header) with its envelope validation on, and
 * collects segments and validation errors by group and transaction. Never throws: an error that stops StAEDI
 * becomes the interchange's fatal message.
 */
public final class EdiScanner {

	private final ScannedInterchange interchange = new ScannedInterchange();
	private @Nullable ScannedGroup group;
	private @Nullable ScannedTransaction transaction;
	private @Nullable String tag;
	private int position;
	private final List<List<String>> elements = new ArrayList<>();
	private boolean started;

	private EdiScanner() {
	}

	public static ScannedInterchange scan(byte[] content) {
		EdiScanner scanner = new EdiScanner();
		EDIInputFactory factory = EDIInputFactory.newFactory();
		try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(content), "UTF-8")) {
			while (reader.hasNext() && scanner.on(reader.next(), reader)) {
				// each event is handled in on()
			}
		}
		catch (EDIStreamException | IOException | RuntimeException e) {
			scanner.interchange.stoppedBy(String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", "?"));
		}
		scanner.flush();
		return scanner.interchange;
	}

	private boolean on(EDIStreamEvent event, EDIStreamReader reader) {
		Location location = reader.getLocation();
		switch (event) {
			case START_INTERCHANGE -> {
				if (started) {
					interchange.followedByAnother();
					return false;
				}
				started = true;
			}
			case START_GROUP -> group = new ScannedGroup(false);
			case END_GROUP -> closeGroup();
			case START_TRANSACTION -> {
				if (group == null) {
					group = new ScannedGroup(true);
				}
				transaction = new ScannedTransaction(location.getSegmentPosition());
			}
			case END_TRANSACTION -> {
				if (transaction != null && group != null) {
					group.add(transaction);
				}
				transaction = null;
			}
			case START_SEGMENT -> startSegment(reader.getText(), location.getSegmentPosition());
			case ELEMENT_DATA -> element(location, reader.getText());
			case END_SEGMENT -> endSegment();
			case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> finding(reader, location);
			default -> {
				// composites and loops need no handling: components carry their own positions
			}
		}
		return true;
	}

	private void startSegment(String segmentTag, int segmentPosition) {
		if (transaction == null && group != null && group.implicit()) {
			closeGroup();
		}
		tag = segmentTag;
		position = segmentPosition;
		elements.clear();
	}

	private void element(Location location, String text) {
		int element = location.getElementPosition();
		if (tag == null || element < 1 || location.getElementOccurrence() > 1) {
			return;
		}
		while (elements.size() < element) {
			elements.add(new ArrayList<>());
		}
		List<String> components = elements.get(element - 1);
		int component = Math.max(1, location.getComponentPosition());
		while (components.size() < component - 1) {
			components.add("");
		}
		components.add(ControlCharacters.find(text, Kind.ELEMENT) < 0 ? text : invalidCharacter(location, text));
	}

	/**
	 * A control character in an element value is the standard's invalid character error (X12 AK4 code 6); the value
	 * goes on with '?' in its place, so no control reaches a report or a table (the raw message keeps it).
	 */
	private String invalidCharacter(Location location, String text) {
		String shown = text.replaceAll("\\p{Cntrl}", "?");
		add(new Finding(EDIStreamValidationError.INVALID_CHARACTER_DATA, tag == null ? "" : tag, position,
				location.getElementPosition(), location.getComponentPosition(), null, shown));
		return shown;
	}

	private void endSegment() {
		if (tag == null) {
			return;
		}
		Segment segment = new Segment(tag, position, elements);
		if (transaction != null) {
			transaction.add(segment);
		}
		else if (group != null) {
			group.add(segment);
		}
		else {
			interchange.add(segment);
		}
		tag = null;
	}

	private void finding(EDIStreamReader reader, Location location) {
		String value = reader.hasText() ? reader.getText() : null;
		String segmentTag = location.getSegmentTag() == null ? "" : location.getSegmentTag();
		Finding finding = new Finding(reader.getErrorType(), segmentTag, location.getSegmentPosition(),
				location.getElementPosition(), location.getComponentPosition(), reader.getReferenceCode(), value);
		add(finding);
	}

	private void add(Finding finding) {
		if (transaction != null) {
			transaction.add(finding);
		}
		else if (group != null && !group.implicit()) {
			group.add(finding);
		}
		else {
			interchange.add(finding);
		}
	}

	/** Keeps what an early end left open, so a missing trailer can be reported. */
	private void flush() {
		if (transaction != null && group != null) {
			group.add(transaction);
		}
		transaction = null;
		closeGroup();
	}

	private void closeGroup() {
		if (group != null) {
			interchange.add(group);
		}
		group = null;
	}
}

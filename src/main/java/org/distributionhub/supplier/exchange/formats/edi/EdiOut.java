package org.distributionhub.supplier.exchange.formats.edi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;

/**
 * Writes segments through StAEDI's stream writer with fixed delimiters and counts the segments of the open
 * transaction for its trailer. An element is a String (null or empty for an empty element) or a list of
 * components; empty trailing elements are left out.
 */
public final class EdiOut {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final EDIStreamWriter writer;
	private int transactionSegments;

	private EdiOut(char segment, char element, char component, @Nullable Character release, Schema controlSchema) {
		EDIOutputFactory factory = EDIOutputFactory.newFactory();
		factory.setProperty(Delimiters.SEGMENT, segment);
		factory.setProperty(Delimiters.DATA_ELEMENT, element);
		factory.setProperty(Delimiters.COMPONENT_ELEMENT, component);
		if (release != null) {
			factory.setProperty(Delimiters.RELEASE, release);
			factory.setProperty(Delimiters.DECIMAL, '.');
		}
		factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
		try {
			writer = factory.createEDIStreamWriter(bytes, StandardCharsets.UTF_8.name());
			writer.setControlSchema(controlSchema);
			writer.startInterchange();
		}
		catch (EDIStreamException e) {
			throw new IllegalStateException("StAEDI could not start an interchange", e);
		}
	}

	/** X12 with {@code *} between elements, {@code >} between components and {@code ~} after each segment. */
	public static EdiOut x12(Schema controlSchema) {
		return new EdiOut('~', '*', '>', null, controlSchema);
	}

	/** EDIFACT with the default UNA: {@code + : ' ?} and a point as decimal mark. */
	public static EdiOut edifact() {
		return edifact(controlSchema(Standards.EDIFACT, "UNOC", "3"));
	}

	/** EDIFACT with the default UNA, its envelope checked with the given control schema. */
	public static EdiOut edifact(Schema controlSchema) {
		return new EdiOut('\'', '+', ':', '?', controlSchema);
	}

	/** StAEDI's control schema for a standard and version, with which it checks the envelope it writes. */
	public static Schema controlSchema(String standard, String... version) {
		try {
			Schema schema = SchemaFactory.newFactory().getControlSchema(standard, version);
			if (schema == null) {
				throw new IllegalStateException("StAEDI has no control schema for " + standard + " " + String.join(" ", version));
			}
			return schema;
		}
		catch (EDISchemaException e) {
			throw new IllegalStateException("StAEDI cannot load its control schema for " + standard, e);
		}
	}

	public EdiOut segment(String tag, Object... elements) {
		try {
			writer.writeStartSegment(tag);
			int last = elements.length;
			while (last > 0 && isEmpty(elements[last - 1])) {
				last--;
			}
			for (int i = 0; i < last; i++) {
				element(elements[i]);
			}
			writer.writeEndSegment();
		}
		catch (EDIStreamException | EDIValidationException e) {
			throw new IllegalArgumentException("StAEDI refused segment " + tag + ": " + e.getMessage(), e);
		}
		transactionSegments++;
		return this;
	}

	private void element(@Nullable Object element) throws EDIStreamException {
		if (element instanceof List<?> components) {
			writer.writeStartElement();
			for (Object component : components) {
				String text = component == null ? "" : component.toString();
				if (text.isEmpty()) {
					writer.writeEmptyComponent();
				}
				else {
					writer.writeComponent(text);
				}
			}
			writer.endElement();
		}
		else if (isEmpty(element)) {
			writer.writeEmptyElement();
		}
		else {
			writer.writeElement(element.toString());
		}
	}

	private static boolean isEmpty(@Nullable Object element) {
		return element == null || element.toString().isEmpty()
				|| element instanceof List<?> list && list.stream().allMatch(EdiOut::isEmpty);
	}

	/** Starts counting for a new transaction set or message; its header is the next segment. */
	public void startTransaction() {
		transactionSegments = 0;
	}

	/** The segments of the open transaction so far, the trailer to come included. */
	public int trailerCount() {
		return transactionSegments + 1;
	}

	public byte[] finish() {
		try {
			writer.endInterchange();
			writer.close();
		}
		catch (EDIStreamException e) {
			throw new IllegalStateException("StAEDI could not end the interchange", e);
		}
		return bytes.toByteArray();
	}
}

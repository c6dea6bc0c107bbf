package org.distributionhub.supplier.exchange.formats.edi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/** Reads what a writer produced with StAEDI alone and lists every error it reports, and every segment tag. */
public final class StaediCheck {

	public final List<String> errors = new ArrayList<>();
	public final List<String> segments = new ArrayList<>();

	private StaediCheck() {
	}

	public static StaediCheck of(byte[] content) {
		StaediCheck check = new StaediCheck();
		try (EDIStreamReader reader = EDIInputFactory.newFactory()
			.createEDIStreamReader(new ByteArrayInputStream(content))) {
			while (reader.hasNext()) {
				EDIStreamEvent event = reader.next();
				if (event.isError()) {
					check.errors.add(reader.getErrorType() + " at " + reader.getLocation());
				}
				else if (event == EDIStreamEvent.START_SEGMENT) {
					check.segments.add(reader.getText());
				}
			}
		}
		catch (EDIStreamException | IOException e) {
			check.errors.add(e.getMessage());
		}
		return check;
	}
}

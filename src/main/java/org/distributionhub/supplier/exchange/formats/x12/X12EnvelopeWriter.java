package org.distributionhub.supplier.exchange.formats.x12;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.ports.out.Addressing;

import io.xlate.edi.stream.EDIStreamConstants.Standards;

/**
 * Writes one X12 004010 interchange with one functional group around the transaction sets a body writes: a
 * fixed-width ISA (ISA11 U, ISA14 0, ISA15 T or P, ISA16 {@code >}), GS with the group's application ids, each set
 * numbered from 0001 with its SE count, then GE and IEA. StAEDI checks the envelope against its control schema.
 */
final class X12EnvelopeWriter {

	static final String VERSION = "004010";

	private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
	private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

	private final EdiOut out;
	private final Addressing addressing;
	private int transactions;

	private X12EnvelopeWriter(Addressing addressing) {
		this.out = EdiOut.x12(EdiOut.controlSchema(Standards.X12, "00401"));
		this.addressing = addressing;
	}

	/** The whole interchange: the body gets the writer to add its transaction sets. */
	static byte[] write(Addressing addressing, String functionalId, Consumer<X12EnvelopeWriter> body) {
		X12EnvelopeWriter envelope = new X12EnvelopeWriter(addressing);
		envelope.header(functionalId);
		body.accept(envelope);
		envelope.out.segment("GE", String.valueOf(envelope.transactions), group(addressing));
		envelope.out.segment("IEA", "1", interchange(addressing));
		return envelope.out.finish();
	}

	/** One transaction set: ST, what the content writes, SE with the segment count. */
	void transaction(String setId, Consumer<EdiOut> content) {
		transactions++;
		String control = String.format("%04d", transactions);
		out.startTransaction();
		out.segment("ST", setId, control);
		content.accept(out);
		out.segment("SE", String.valueOf(out.trailerCount()), control);
	}

	static String interchange(Addressing addressing) {
		return String.format("%09d", addressing.interchangeControlNumber());
	}

	private static String group(Addressing addressing) {
		return String.valueOf(addressing.groupControlNumber());
	}

	private void header(String functionalId) {
		var at = addressing.preparedAt();
		out.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), pad(addressing.sender().qualifier(), 2),
				pad(addressing.sender().id(), 15), pad(addressing.receiver().qualifier(), 2),
				pad(addressing.receiver().id(), 15), at.format(ISA_DATE), at.format(TIME), "U", "00401",
				interchange(addressing), "0", addressing.test() ? "T" : "P", ">");
		out.segment("GS", functionalId, addressing.sender().groupId(), addressing.receiver().groupId(),
				at.format(GS_DATE), at.format(TIME), group(addressing), "X", VERSION);
	}

	private static String pad(String value, int width) {
		if (value.length() > width) {
			throw new IllegalArgumentException("'" + value + "' is longer than the " + width + " characters of its ISA element");
		}
		return value + " ".repeat(width - value.length());
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamConstants.Standards;

/**
 * Writes one X12 interchange (004010 unless an answer repeats the version it answers) with one functional group
 * around the transaction sets a body writes: a fixed-width ISA (ISA11 U, ISA14 0, ISA15 T or P, ISA16 {@code >}),
 * GS with the group's application ids, each set numbered from 0001 with its SE count, then GE and IEA; or, for a TA1,
 * an interchange with no group. StAEDI checks the envelope against its control schema.
 */
final class X12EnvelopeWriter {

	static final String VERSION = "004010";

	/** The version we write in: ISA12 (00401) and GS08 (004010). */
	record Version(String isa12, String gs08) {

		static final Version DEFAULT = new Version("00401", VERSION);

		/**
		 * The version of an answer: the interchange's own ISA12 and its group's GS08 (or GS08 made from ISA12 when
		 * the group gave none), the default when the ISA12 received is not a five-digit version.
		 */
		static Version answering(String isa12, @Nullable String gs08) {
			if (!isa12.matches("\\d{5}")) {
				return DEFAULT;
			}
			String group = gs08 != null && gs08.matches("\\d{6}[A-Z0-9]{0,6}") ? gs08 : isa12 + "0";
			return new Version(isa12, group);
		}
	}

	static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
	private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

	private final EdiOut out;
	private final Addressing addressing;
	private final Version version;
	private int transactions;

	private X12EnvelopeWriter(Addressing addressing, Version version) {
		this.out = EdiOut.x12(EdiOut.controlSchema(Standards.X12, version.isa12()));
		this.addressing = addressing;
		this.version = version;
	}

	/** The whole interchange in 004010: the body gets the writer to add its transaction sets. */
	static byte[] write(Addressing addressing, String functionalId, Consumer<X12EnvelopeWriter> body) {
		return write(addressing, Version.DEFAULT, functionalId, body);
	}

	/** The whole interchange in the version given: the body gets the writer to add its transaction sets. */
	static byte[] write(Addressing addressing, Version version, String functionalId, Consumer<X12EnvelopeWriter> body) {
		X12EnvelopeWriter envelope = new X12EnvelopeWriter(addressing, version);
		envelope.isa();
		envelope.gs(functionalId);
		body.accept(envelope);
		envelope.out.segment("GE", String.valueOf(envelope.transactions), group(addressing));
		envelope.out.segment("IEA", "1", interchange(addressing));
		return envelope.out.finish();
	}

	/** An interchange holding only segments outside any group (a TA1): ISA, what the body writes, IEA with 0 groups. */
	static byte[] writeWithoutGroup(Addressing addressing, Version version, Consumer<EdiOut> body) {
		X12EnvelopeWriter envelope = new X12EnvelopeWriter(addressing, version);
		envelope.isa();
		body.accept(envelope.out);
		envelope.out.segment("IEA", "0", interchange(addressing));
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

	private void isa() {
		var at = addressing.preparedAt();
		out.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), pad(addressing.sender().qualifier(), 2),
				pad(addressing.sender().id(), 15), pad(addressing.receiver().qualifier(), 2),
				pad(addressing.receiver().id(), 15), at.format(ISA_DATE), at.format(TIME), repetitionSeparator(), version.isa12(),
				interchange(addressing), "0", addressing.test() ? "T" : "P", ">");
	}

	/**
	 * ISA11: before 00402 the interchange control standards id, "U"; from 00402 on the repetition separator, which
	 * must differ from the other delimiters (* > ~) and from the data.
	 */
	private String repetitionSeparator() {
		return version.isa12().compareTo("00402") >= 0 ? "^" : "U";
	}

	private void gs(String functionalId) {
		var at = addressing.preparedAt();
		// GS04 has 8 digits from 004000 on; earlier versions write the date as YYMMDD.
		String date = version.gs08().compareTo("004000") >= 0 ? at.format(GS_DATE) : at.format(ISA_DATE);
		out.segment("GS", functionalId, addressing.sender().groupId(), addressing.receiver().groupId(), date,
				at.format(TIME), group(addressing), "X", version.gs08());
	}

	private static String pad(String value, int width) {
		if (value.length() > width) {
			throw new IllegalArgumentException("'" + value + "' is longer than the " + width + " characters of its ISA element");
		}
		return value + " ".repeat(width - value.length());
	}
}

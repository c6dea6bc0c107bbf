package org.distributionhub.supplier.exchange.formats.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The public samples under {@code samples/edi}, and X12 interchanges built the way partners write them: segments
 * with {@code *}, each followed by {@code ~} and a newline, ST/SE counts and GS/GE, ISA/IEA numbers filled in.
 */
public final class EdiFiles {

	public static final String ISA_CONTROL = "000000905";

	private EdiFiles() {
	}

	public static byte[] sample(String name) {
		try (InputStream in = EdiFiles.class.getResourceAsStream("/samples/edi/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No sample " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String isa(String version) {
		return "ISA*00*          *00*          *ZZ*SUPPLIER       *ZZ*DISTHUB        *260127*1808*"
				+ (version.compareTo("00402") >= 0 ? "^" : "U") + "*" + version + "*" + ISA_CONTROL + "*0*P*>~\n";
	}

	/** One interchange with one group (control 41) holding a transaction set per body. */
	public static String x12(String isaVersion, String gsVersion, String functionalId, String setId, List<String> bodies) {
		StringBuilder text = new StringBuilder(isa(isaVersion));
		String date = gsVersion.startsWith("003") ? "260127" : "20260127";
		text.append("GS*").append(functionalId).append("*SUPPLIER*DISTHUB*").append(date).append("*1808*41*X*")
				.append(gsVersion).append("~\n");
		int control = 1;
		for (String body : bodies) {
			List<String> segments = new ArrayList<>(List.of(body.strip().split("\n")));
			String number = String.format("%04d", control++);
			text.append("ST*").append(setId).append('*').append(number).append("~\n");
			segments.forEach(segment -> text.append(segment.strip()).append("~\n"));
			text.append("SE*").append(segments.size() + 2).append('*').append(number).append("~\n");
		}
		text.append("GE*").append(bodies.size()).append("*41~\n");
		text.append("IEA*1*").append(ISA_CONTROL).append("~\n");
		return text.toString();
	}

	/** An 855 in 004010 with one transaction set per body. */
	public static String x12Ack(String... bodies) {
		return x12("00401", "004010", "PR", "855", List.of(bodies));
	}

	public static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}

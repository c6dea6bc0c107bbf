package org.distributionhub.supplier.procurement.application;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.RunDryRuns.UnknownDryRunFormat;
import org.jspecify.annotations.Nullable;

/**
 * The channel a sample is read as: the format asked for (X12, EDIFACT, CSV, JSON), else its content type, else its
 * first characters (ISA, UNA or UNB, a JSON brace), else CSV.
 */
final class SampleFormats {

	private SampleFormats() {
	}

	static Channel channel(@Nullable String format, @Nullable String contentType, byte[] content) {
		if (format != null && !format.isBlank()) {
			return switch (format.strip().toUpperCase(Locale.ROOT)) {
				case "X12" -> Channel.X12;
				case "EDIFACT" -> Channel.EDIFACT;
				case "CSV" -> Channel.CSV;
				case "JSON", "API" -> Channel.API;
				default -> throw new UnknownDryRunFormat(format);
			};
		}
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (type.startsWith("application/edi-x12")) {
			return Channel.X12;
		}
		if (type.startsWith("application/edifact")) {
			return Channel.EDIFACT;
		}
		if (type.startsWith("text/csv")) {
			return Channel.CSV;
		}
		if (type.startsWith("application/json")) {
			return Channel.API;
		}
		String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1)
			.replace("\u00ef\u00bb\u00bf", "").stripLeading();
		if (head.startsWith("ISA")) {
			return Channel.X12;
		}
		if (head.startsWith("UNA") || head.startsWith("UNB")) {
			return Channel.EDIFACT;
		}
		return head.startsWith("{") || head.startsWith("[") ? Channel.API : Channel.CSV;
	}

	/** The name a format is shown by. */
	static String name(Channel channel) {
		return channel == Channel.API ? "JSON" : channel.name();
	}
}

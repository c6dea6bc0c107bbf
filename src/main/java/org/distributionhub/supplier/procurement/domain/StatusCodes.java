package org.distributionhub.supplier.procurement.domain;

import java.util.Locale;
import java.util.Map;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.jspecify.annotations.Nullable;

/**
 * The meaning of partners' codes: X12 ACK01 / BAK01 / BAK02, EDIFACT LIN 1229 / BGM 1225, portal and CSV status
 * words. A partner's own code (ACK27-29) is looked up in its profile's code map first; the value there is the name
 * of a {@link LineStatus}.
 */
public final class StatusCodes {

	private static final Map<String, LineStatus> X12_LINE = Map.ofEntries(Map.entry("IA", LineStatus.ACCEPTED),
			Map.entry("IC", LineStatus.ACCEPTED), Map.entry("IQ", LineStatus.ACCEPTED),
			Map.entry("IP", LineStatus.ACCEPTED), Map.entry("DR", LineStatus.ACCEPTED),
			Map.entry("AC", LineStatus.ACCEPTED), Map.entry("AR", LineStatus.ACCEPTED),
			Map.entry("SP", LineStatus.ACCEPTED), Map.entry("IS", LineStatus.SUBSTITUTED),
			Map.entry("IB", LineStatus.BACKORDERED), Map.entry("BP", LineStatus.ACCEPTED_BALANCE_BACKORDERED),
			Map.entry("IH", LineStatus.ON_HOLD), Map.entry("IR", LineStatus.REJECTED),
			Map.entry("ID", LineStatus.REJECTED), Map.entry("R1", LineStatus.REJECTED),
			Map.entry("R2", LineStatus.REJECTED), Map.entry("R3", LineStatus.REJECTED),
			Map.entry("R4", LineStatus.REJECTED), Map.entry("R5", LineStatus.REJECTED),
			Map.entry("R6", LineStatus.REJECTED), Map.entry("R7", LineStatus.REJECTED),
			Map.entry("R8", LineStatus.REJECTED), Map.entry("R9", LineStatus.REJECTED));

	private static final Map<String, String> X12_REASONS = Map.of("ID", "deleted", "R1", "not a contract item", "R2",
			"invalid product number", "R3", "invalid unit of issue", "R4", "invalid quantity", "R5",
			"invalid price", "R6", "invalid date", "R7", "invalid ship-to", "R8", "invalid terms", "R9",
			"discontinued");

	// LIN 1229 actions, and QTY 6063 qualifiers a reader turns into statuses of their own (83 backorder quantity).
	private static final Map<String, LineStatus> EDIFACT_LINE = Map.of("1", LineStatus.ACCEPTED, "3",
			LineStatus.ACCEPTED, "5", LineStatus.ACCEPTED, "6", LineStatus.ACCEPTED, "7", LineStatus.REJECTED, "2",
			LineStatus.REJECTED, "83", LineStatus.BACKORDERED);

	private static final Map<String, LineStatus> WORDS = Map.of("ACCEPTED", LineStatus.ACCEPTED, "QUANTITYCHANGED",
			LineStatus.ACCEPTED, "DATECHANGED", LineStatus.ACCEPTED, "PRICECHANGED", LineStatus.ACCEPTED,
			"BACKORDERED", LineStatus.BACKORDERED, "REJECTED", LineStatus.REJECTED, "SUBSTITUTED",
			LineStatus.SUBSTITUTED, "ONHOLD", LineStatus.ON_HOLD);

	private StatusCodes() {
	}

	public static LineStatus lineStatus(CodeList list, String code, @Nullable String partnerCode,
			Map<String, String> partnerCodeMap) {
		if (partnerCode != null && partnerCodeMap.containsKey(partnerCode.strip())) {
			return fromMapValue(partnerCode, partnerCodeMap.get(partnerCode.strip()));
		}
		if (partnerCodeMap.containsKey(code.strip())) {
			return fromMapValue(code, partnerCodeMap.get(code.strip()));
		}
		String key = code.strip().toUpperCase(Locale.ROOT);
		LineStatus status = switch (list) {
			case X12 -> X12_LINE.get(key);
			case EDIFACT -> EDIFACT_LINE.get(key);
			case PORTAL, CSV -> WORDS.get(key.replace("_", "").replace(" ", ""));
			case PARTNER -> null;
		};
		if (status == null) {
			throw new UnknownCodeException("Line status code '" + code + "' is not a known " + list
					+ " code and is not in the partner's code map");
		}
		return status;
	}

	/** The standard's wording of a rejection code (X12 R1..R9, ID), or null. */
	public static @Nullable String rejectionReason(CodeList list, String code) {
		return list == CodeList.X12 ? X12_REASONS.get(code.strip().toUpperCase(Locale.ROOT)) : null;
	}

	public static Purpose purpose(CodeList list, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return Purpose.ORIGINAL;
		}
		String key = code.strip().toUpperCase(Locale.ROOT);
		Purpose purpose = switch (list) {
			case X12 -> switch (key) {
				case "00", "06" -> Purpose.ORIGINAL;
				case "04", "19" -> Purpose.CHANGE;
				case "05" -> Purpose.REPLACE;
				case "07" -> Purpose.DUPLICATE;
				case "01", "03" -> Purpose.CANCELLATION;
				default -> null;
			};
			case EDIFACT -> switch (key) {
				case "9", "29", "27", "34" -> Purpose.ORIGINAL;
				case "4" -> Purpose.CHANGE;
				case "5" -> Purpose.REPLACE;
				case "7", "31" -> Purpose.DUPLICATE;
				case "1" -> Purpose.CANCELLATION;
				default -> null;
			};
			case PORTAL, CSV, PARTNER -> switch (key) {
				case "ORIGINAL", "CONFIRMATION" -> Purpose.ORIGINAL;
				case "CHANGE" -> Purpose.CHANGE;
				case "REPLACE" -> Purpose.REPLACE;
				case "DUPLICATE" -> Purpose.DUPLICATE;
				case "CANCELLATION" -> Purpose.CANCELLATION;
				default -> null;
			};
		};
		if (purpose == null) {
			throw new UnknownCodeException("Purpose code '" + code + "' is not a known " + list + " code");
		}
		return purpose;
	}

	public static Disposition disposition(CodeList list, @Nullable String typeCode, @Nullable String purposeCode) {
		if (list == CodeList.EDIFACT && purposeCode != null) {
			String function = purposeCode.strip();
			if (function.equals("27")) {
				return Disposition.REJECT_UNLISTED;
			}
			if (function.equals("29") || function.equals("34")) {
				return Disposition.ACCEPT_UNLISTED;
			}
		}
		if (typeCode == null || typeCode.isBlank()) {
			return list == CodeList.EDIFACT ? Disposition.ACCEPT_UNLISTED : Disposition.LEAVE_UNLISTED;
		}
		return switch (typeCode.strip().toUpperCase(Locale.ROOT)) {
			case "AC", "AD", "AE", "AK", "AT", "RO" -> Disposition.ACCEPT_UNLISTED;
			case "RJ", "RD", "RF" -> Disposition.REJECT_UNLISTED;
			case "AH" -> Disposition.HOLD_UNLISTED;
			case "NA" -> Disposition.LEAVE_UNLISTED;
			default -> throw new UnknownCodeException("Acknowledgement type '" + typeCode + "' is not a known code");
		};
	}

	private static LineStatus fromMapValue(String code, String value) {
		try {
			return LineStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownCodeException("The partner's code map sends '" + code + "' to '" + value
					+ "', which is not one of ACCEPTED, ACCEPTED_BALANCE_BACKORDERED, BACKORDERED, REJECTED, SUBSTITUTED, ON_HOLD");
		}
	}
}

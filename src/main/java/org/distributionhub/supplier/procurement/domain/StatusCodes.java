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

	private static final StatusMeaning ACCEPTED = StatusMeaning.of(LineStatus.ACCEPTED);
	private static final StatusMeaning REJECTED = StatusMeaning.of(LineStatus.REJECTED);
	private static final StatusMeaning ON_HOLD = StatusMeaning.of(LineStatus.ON_HOLD);
	private static final StatusMeaning DATE = new StatusMeaning(LineStatus.ACCEPTED, StatusMeaning.Qualifier.DATE);
	private static final StatusMeaning PRICE = new StatusMeaning(LineStatus.ACCEPTED, StatusMeaning.Qualifier.PRICE);
	private static final StatusMeaning QUANTITY = new StatusMeaning(LineStatus.ACCEPTED,
			StatusMeaning.Qualifier.QUANTITY);
	private static final StatusMeaning SUBSTITUTION = new StatusMeaning(LineStatus.SUBSTITUTED,
			StatusMeaning.Qualifier.SUBSTITUTION);

	/**
	 * X12 668 line item status codes: AA forwarded to an alternate location, AC shipped, AR released, IA, IC with
	 * changes, IE price pending, SP schedule date pending are accepted; DR and DQ change the date, IP the price, IQ
	 * the quantity, IS substitutes; IB backorders, BP backorders the balance; IH, IF, IW hold; IR, ID, R1..R9 reject.
	 */
	private static final Map<String, StatusMeaning> X12_LINE = Map.ofEntries(Map.entry("IA", ACCEPTED),
			Map.entry("IC", ACCEPTED), Map.entry("IE", ACCEPTED), Map.entry("AA", ACCEPTED), Map.entry("AC", ACCEPTED),
			Map.entry("AR", ACCEPTED), Map.entry("SP", ACCEPTED), Map.entry("IQ", QUANTITY), Map.entry("IP", PRICE),
			Map.entry("DR", DATE), Map.entry("DQ", DATE), Map.entry("IS", SUBSTITUTION),
			Map.entry("IB", StatusMeaning.of(LineStatus.BACKORDERED)),
			Map.entry("BP", StatusMeaning.of(LineStatus.ACCEPTED_BALANCE_BACKORDERED)), Map.entry("IH", ON_HOLD),
			Map.entry("IF", ON_HOLD), Map.entry("IW", ON_HOLD), Map.entry("IR", REJECTED), Map.entry("ID", REJECTED),
			Map.entry("R1", REJECTED), Map.entry("R2", REJECTED), Map.entry("R3", REJECTED), Map.entry("R4", REJECTED),
			Map.entry("R5", REJECTED), Map.entry("R6", REJECTED), Map.entry("R7", REJECTED), Map.entry("R8", REJECTED),
			Map.entry("R9", REJECTED));

	private static final Map<String, String> X12_REASONS = Map.ofEntries(Map.entry("IR", "rejected"),
			Map.entry("ID", "deleted"), Map.entry("R1", "not a contract item"),
			Map.entry("R2", "invalid product number"), Map.entry("R3", "invalid unit of issue"),
			Map.entry("R4", "contract item not available"), Map.entry("R5", "reorder as a just-in-time order"),
			Map.entry("R6", "reorder as an extended delivery order"), Map.entry("R7", "reorder as a drop shipment"),
			Map.entry("R8", "reorder as a surge order"), Map.entry("R9", "discontinued"),
			Map.entry("IH", "on hold"), Map.entry("IF", "on hold: incomplete description"),
			Map.entry("IW", "on hold: waiver required"));

	/**
	 * EDIFACT LIN 1229 actions (1 added, 2 deleted, 3 changed, 5 accepted unchanged, 6 accepted with amendment,
	 * 7 not accepted), and QTY 6063 qualifiers a reader turns into statuses of their own (83 backorder quantity).
	 */
	private static final Map<String, StatusMeaning> EDIFACT_LINE = Map.of("1", ACCEPTED, "3", QUANTITY, "5", ACCEPTED,
			"6", ACCEPTED, "7", REJECTED, "2", REJECTED, "83", StatusMeaning.of(LineStatus.BACKORDERED));

	private static final Map<String, String> EDIFACT_REASONS = Map.of("2", "deleted", "7", "not accepted");

	private static final Map<String, StatusMeaning> WORDS = Map.of("ACCEPTED", ACCEPTED, "QUANTITYCHANGED", QUANTITY,
			"DATECHANGED", DATE, "PRICECHANGED", PRICE, "BACKORDERED", StatusMeaning.of(LineStatus.BACKORDERED),
			"REJECTED", REJECTED, "SUBSTITUTED", SUBSTITUTION, "ONHOLD", ON_HOLD);

	private static final String X12_PURPOSES = "00 original, 01 cancellation, 04 change, 05 replace, 06 confirmation, "
			+ "07 duplicate, 11 response, 18 reissue, 19 seller-initiated change";

	private static final Map<String, String> X12_PURPOSES_REFUSED = Map.ofEntries(Map.entry("02", "add"),
			Map.entry("03", "delete"), Map.entry("08", "status"), Map.entry("10", "not found"),
			Map.entry("12", "not processed"), Map.entry("13", "request"), Map.entry("14", "advance notification"),
			Map.entry("15", "re-submission"), Map.entry("16", "proposed"), Map.entry("17", "cancel, to be reissued"),
			Map.entry("22", "information copy"), Map.entry("24", "draft"), Map.entry("25", "incremental"),
			Map.entry("26", "replace, specified items only"));

	private StatusCodes() {
	}

	public static LineStatus lineStatus(CodeList list, String code, @Nullable String partnerCode,
			Map<String, String> partnerCodeMap) {
		return meaning(list, code, partnerCode, partnerCodeMap).status();
	}

	/** What a line status code means; a partner's own code is looked up in its profile's code map first. */
	public static StatusMeaning meaning(CodeList list, String code, @Nullable String partnerCode,
			Map<String, String> partnerCodeMap) {
		if (partnerCode != null && partnerCodeMap.containsKey(partnerCode.strip())) {
			return fromMapValue(partnerCode, partnerCodeMap.get(partnerCode.strip()));
		}
		if (partnerCodeMap.containsKey(code.strip())) {
			return fromMapValue(code, partnerCodeMap.get(code.strip()));
		}
		String key = code.strip().toUpperCase(Locale.ROOT);
		StatusMeaning meaning = switch (list) {
			case X12 -> X12_LINE.get(key);
			case EDIFACT -> EDIFACT_LINE.get(key);
			case PORTAL, CSV -> WORDS.get(key.replace("_", "").replace(" ", ""));
			case PARTNER -> null;
		};
		if (meaning == null) {
			throw new UnknownCodeException("Line status code '" + code + "' is not a known " + list
					+ " code and is not in the partner's code map");
		}
		return meaning;
	}

	/** The standard's wording of a rejection or hold code (X12 IR, ID, R1..R9, IH; EDIFACT 2, 7), or null. */
	public static @Nullable String rejectionReason(CodeList list, String code) {
		String key = code.strip().toUpperCase(Locale.ROOT);
		return switch (list) {
			case X12 -> X12_REASONS.get(key);
			case EDIFACT -> EDIFACT_REASONS.get(key);
			case PORTAL, CSV, PARTNER -> null;
		};
	}

	public static Purpose purpose(CodeList list, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return Purpose.ORIGINAL;
		}
		String key = code.strip().toUpperCase(Locale.ROOT);
		Purpose purpose = switch (list) {
			case X12 -> switch (key) {
				case "00", "06", "11" -> Purpose.ORIGINAL;
				case "04", "19" -> Purpose.CHANGE;
				case "05", "18" -> Purpose.REPLACE;
				case "07" -> Purpose.DUPLICATE;
				case "01" -> Purpose.CANCELLATION;
				default -> throw new UnknownCodeException("BAK01 purpose code '" + code + "'"
						+ (X12_PURPOSES_REFUSED.containsKey(key) ? " (" + X12_PURPOSES_REFUSED.get(key) + ")" : "")
						+ " is not one an acknowledgement can be applied with; the hub applies " + X12_PURPOSES);
			};
			case EDIFACT -> switch (key) {
				case "9", "29", "27", "34", "6", "42" -> Purpose.ORIGINAL;
				case "4" -> Purpose.CHANGE;
				case "5" -> Purpose.REPLACE;
				case "7", "31", "43" -> Purpose.DUPLICATE;
				case "1", "3" -> Purpose.CANCELLATION;
				default -> throw new UnknownCodeException("BGM 1225 message function '" + code
						+ "' is not one an order response can be applied with; the hub applies 1 cancellation,"
						+ " 3 deletion, 4 change, 5 replace, 6 confirmation, 7 duplicate, 9 original, 27 not accepted,"
						+ " 29 accepted without amendment, 31 copy, 34 accepted with amendment, 42, 43");
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
		if (list == CodeList.EDIFACT) {
			// BGM 4343 response type: lines the response does not list are accepted unless it rejects them.
			return switch (typeCode.strip().toUpperCase(Locale.ROOT)) {
				case "AB", "AC", "AI", "AP", "CA", "CO" -> Disposition.ACCEPT_UNLISTED;
				case "RE" -> Disposition.REJECT_UNLISTED;
				case "NA" -> Disposition.LEAVE_UNLISTED;
				default -> throw new UnknownCodeException("BGM response type (4343) '" + typeCode
						+ "' is not a known code; the hub understands AB, AC, AI, AP, CA, CO, NA and RE");
			};
		}
		return switch (typeCode.strip().toUpperCase(Locale.ROOT)) {
			case "AC", "AD", "AE", "AK", "AP", "AT", "RO" -> Disposition.ACCEPT_UNLISTED;
			case "RJ", "RD", "RF", "RN", "RV" -> Disposition.REJECT_UNLISTED;
			case "AH" -> Disposition.HOLD_UNLISTED;
			case "NA", "ZZ" -> Disposition.LEAVE_UNLISTED;
			default -> throw new UnknownCodeException("BAK02 acknowledgement type '" + typeCode
					+ "' is not a known code; the hub understands AC, AD, AE, AH, AK, AP, AT, NA, RD, RF, RJ, RN, RO,"
					+ " RV and ZZ");
		};
	}

	/** A code map value is a line outcome (QUANTITY_CHANGED, DATE_CHANGED, CANCELLED...) or a line status. */
	private static StatusMeaning fromMapValue(String code, String value) {
		String key = value.strip().toUpperCase(Locale.ROOT);
		StatusMeaning word = WORDS.get(key.replace("_", ""));
		if (word != null) {
			return word;
		}
		if (key.equals("CANCELLED")) {
			return REJECTED;
		}
		try {
			return StatusMeaning.of(LineStatus.valueOf(key));
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownCodeException("The partner's code map sends '" + code + "' to '" + value
					+ "', which is not one of ACCEPTED, QUANTITY_CHANGED, DATE_CHANGED, PRICE_CHANGED, REJECTED,"
					+ " BACKORDERED, ACCEPTED_BALANCE_BACKORDERED, SUBSTITUTED, ON_HOLD, CANCELLED");
		}
	}
}

package org.distributionhub.supplier.exchange.formats.x12;

import java.util.EnumMap;
import java.util.Map;

import io.xlate.edi.stream.EDIStreamValidationError;

/** StAEDI's validation errors as X12 codes: 720 for AK304 (segment) and 723 for AK403 (element). */
final class X12Codes {

	private static final Map<EDIStreamValidationError, String> SEGMENT = new EnumMap<>(
			EDIStreamValidationError.class);

	private static final Map<EDIStreamValidationError, String> ELEMENT = new EnumMap<>(
			EDIStreamValidationError.class);

	static {
		SEGMENT.put(EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID, "1");
		SEGMENT.put(EDIStreamValidationError.UNEXPECTED_SEGMENT, "2");
		SEGMENT.put(EDIStreamValidationError.SEGMENT_EXCLUSION_CONDITION_VIOLATED, "2");
		SEGMENT.put(EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "3");
		SEGMENT.put(EDIStreamValidationError.CONDITIONAL_REQUIRED_SEGMENT_MISSING, "3");
		SEGMENT.put(EDIStreamValidationError.LOOP_OCCURS_OVER_MAXIMUM_TIMES, "4");
		SEGMENT.put(EDIStreamValidationError.SEGMENT_EXCEEDS_MAXIMUM_USE, "5");
		SEGMENT.put(EDIStreamValidationError.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, "6");
		SEGMENT.put(EDIStreamValidationError.SEGMENT_NOT_IN_PROPER_SEQUENCE, "7");
		SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, "I4");
		SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, "I6");
		SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, "I7");
		SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE, "I8");
		SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, "I9");

		ELEMENT.put(EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING, "1");
		ELEMENT.put(EDIStreamValidationError.CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "2");
		ELEMENT.put(EDIStreamValidationError.TOO_MANY_DATA_ELEMENTS, "3");
		ELEMENT.put(EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT, "4");
		ELEMENT.put(EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, "5");
		ELEMENT.put(EDIStreamValidationError.INVALID_CHARACTER_DATA, "6");
		ELEMENT.put(EDIStreamValidationError.INVALID_CODE_VALUE, "7");
		ELEMENT.put(EDIStreamValidationError.INVALID_DATE, "8");
		ELEMENT.put(EDIStreamValidationError.INVALID_TIME, "9");
		ELEMENT.put(EDIStreamValidationError.EXCLUSION_CONDITION_VIOLATED, "10");
		ELEMENT.put(EDIStreamValidationError.TOO_MANY_REPETITIONS, "12");
		ELEMENT.put(EDIStreamValidationError.TOO_MANY_COMPONENTS, "13");
		ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE, "I6");
		ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING, "I9");
		ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, "I10");
		ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_TOO_FEW_REPETITIONS, "I11");
		ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_PATTERN_MATCH_FAILURE, "I12");
		ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, "I13");
	}

	private X12Codes() {
	}

	static boolean isSegmentError(EDIStreamValidationError error) {
		return SEGMENT.containsKey(error);
	}

	static String segment(EDIStreamValidationError error) {
		return SEGMENT.getOrDefault(error, "8");
	}

	static String element(EDIStreamValidationError error) {
		return ELEMENT.getOrDefault(error, "7");
	}
}

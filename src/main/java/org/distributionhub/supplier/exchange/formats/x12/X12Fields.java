package org.distributionhub.supplier.exchange.formats.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.shared.DecimalLimit;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads the elements a mapping needs and checks them the way the standard does, noting each failure as an AK4
 * with its X12 723 code: 1 required element missing, 2 conditional element missing, 6 invalid character, 7 invalid
 * code, 8 invalid date. A failed element reads as null.
 */
final class X12Fields {

	private static final String DECIMAL = "-?(\\d+\\.?\\d*|\\.\\d+)";

	/** Elements that hold a quantity of goods (330 ordered, 380 quantity, 358 invoiced, 382 shipped). */
	private static final Set<String> QUANTITIES = Set.of("330", "380", "358", "382");

	private final SegmentIssues issues;

	X12Fields(SegmentIssues issues) {
		this.issues = issues;
	}

	SegmentIssues issues() {
		return issues;
	}

	@Nullable
	String text(Segment segment, int element, String reference, boolean required) {
		String value = segment.value(element).strip();
		if (value.isEmpty()) {
			if (required) {
				issues.element(segment, element, reference, "1", null, name(segment, element) + " is required");
			}
			return null;
		}
		return value;
	}

	@Nullable
	String code(Segment segment, int element, String reference, Set<String> allowed) {
		String value = text(segment, element, reference, true);
		if (value != null && !allowed.contains(value)) {
			issues.element(segment, element, reference, "7", value,
					name(segment, element) + " '" + value + "' is not a valid code");
			return null;
		}
		return value;
	}

	@Nullable
	BigDecimal decimal(Segment segment, int element, String reference, boolean required) {
		String value = text(segment, element, reference, required);
		if (value == null) {
			return null;
		}
		if (!value.matches(DECIMAL)) {
			issues.element(segment, element, reference, "6", value,
					name(segment, element) + " '" + value + "' is not a number");
			return null;
		}
		BigDecimal number = new BigDecimal(value);
		String tooLong = (QUANTITIES.contains(reference) ? DecimalLimit.QUANTITY : DecimalLimit.AMOUNT).problem(number);
		if (tooLong != null) {
			issues.element(segment, element, reference, "6", value, name(segment, element) + " '" + value + "' "
					+ tooLong);
			return null;
		}
		return number;
	}

	@Nullable
	LocalDate date(Segment segment, int element, String reference, boolean required) {
		String value = text(segment, element, reference, required);
		if (value == null) {
			return null;
		}
		LocalDate date = X12Dates.date(value);
		if (date == null) {
			issues.element(segment, element, reference, "8", value,
					name(segment, element) + " '" + value + "' is not a valid date (CCYYMMDD)");
		}
		return date;
	}

	/** When the first element of a pair is present the second is required (X12 conditional, code 2). */
	void requiredWith(Segment segment, int first, int second, String reference) {
		if (segment.has(first) && !segment.has(second)) {
			issues.element(segment, second, reference, "2",
					null, name(segment, second) + " is required when " + name(segment, first) + " is present");
		}
	}

	/** Qualifier and id pairs (such as PO106/PO107 onwards), complete pairs only. */
	List<PartnerItemId> itemIds(Segment segment, int first, int last) {
		List<PartnerItemId> ids = new ArrayList<>();
		for (int element = first; element < last; element += 2) {
			requiredWith(segment, element, element + 1, "234");
			if (segment.has(element) && segment.has(element + 1)) {
				ids.add(new PartnerItemId(segment.value(element).strip(), segment.value(element + 1).strip()));
			}
		}
		return ids;
	}

	static String name(Segment segment, int element) {
		return segment.tag() + (element < 10 ? "0" : "") + element;
	}
}

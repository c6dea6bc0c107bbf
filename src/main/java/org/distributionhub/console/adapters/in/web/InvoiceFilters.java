package org.distributionhub.console.adapters.in.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.distributionhub.platform.api.StaffRole;
import org.distributionhub.platform.problems.InvalidParameter;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceFilter;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * The supplier invoice filters as the console and the staff API take them (blank is no filter), and the staff role a
 * decision is taken in.
 */
final class InvoiceFilters {

	static final int DEFAULT_LIMIT = 100;
	static final int MAX_LIMIT = 1000;

	private InvoiceFilters() {
	}

	/** Throws {@link InvalidParameter} naming the parameter that is wrong. */
	static InvoiceFilter of(@Nullable String supplier, @Nullable String status, @Nullable String from,
			@Nullable String to, @Nullable Integer limit) {
		int rows = limit == null ? DEFAULT_LIMIT : limit;
		if (rows < 1 || rows > MAX_LIMIT) {
			throw new InvalidParameter("limit", "A limit is 1 to " + MAX_LIMIT);
		}
		LocalDate fromDate = date("from", from);
		LocalDate toDate = date("to", to);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			throw new InvalidParameter("to", "The end date " + toDate + " is before the start date " + fromDate);
		}
		return new InvoiceFilter(blank(supplier) ? null : supplier.strip(), status(status), fromDate, toDate, rows);
	}

	static @Nullable InvoiceStatus status(@Nullable String status) {
		if (blank(status)) {
			return null;
		}
		return Arrays.stream(InvoiceStatus.values())
			.filter(it -> it.name().equalsIgnoreCase(status.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameter("status",
					"must be one of " + Arrays.toString(InvoiceStatus.values())));
	}

	/** The role a decision is taken in: the highest the caller holds. */
	static StaffRole role(Authentication caller) {
		var held = caller.getAuthorities().stream().map(it -> it.getAuthority()).toList();
		for (StaffRole role : StaffRole.values()) {
			if (held.contains("ROLE_" + role.name())) {
				return role;
			}
		}
		return StaffRole.AUDITOR;
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable LocalDate date(String name, @Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidParameter(name, "A date is written as " + LocalDate.of(2026, 12, 31) + ", not " + text.strip());
		}
	}
}

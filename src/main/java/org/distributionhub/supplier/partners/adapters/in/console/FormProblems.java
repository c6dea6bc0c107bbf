package org.distributionhub.supplier.partners.adapters.in.console;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.distributionhub.supplier.api.SupplierFormRejected;
import org.distributionhub.supplier.api.SupplierFormRejected.FieldMessage;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;

/** Names the problems the room's rules found (by the admin API's field paths) by the console form's fields. */
final class FormProblems {

	/** The profile form has the EDI identity flat; a problem with the identity as a whole goes next to its id. */
	static final Map<String, String> PROFILE_FIELDS = Map.of("ediIdentity", "ediId", "ediIdentity.qualifier",
			"ediQualifier", "ediIdentity.id", "ediId", "ediIdentity.groupId", "ediGroupId");

	private FormProblems() {
	}

	/**
	 * Calls a use case for the console: refused data comes back by the form's fields, an unknown supplier as the
	 * IllegalArgumentException supplier.api promises.
	 */
	static <T> T call(Supplier<T> useCase, Function<SupplierDataRejected, SupplierFormRejected> fields) {
		try {
			return useCase.get();
		}
		catch (SupplierDataRejected e) {
			throw fields.apply(e);
		}
		catch (SupplierNotFound e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	static SupplierFormRejected profile(SupplierDataRejected rejected) {
		return rejected(rejected, field -> field.startsWith("inboundChannels[") ? "inboundChannels"
				: PROFILE_FIELDS.getOrDefault(field, field));
	}

	static SupplierFormRejected item(SupplierDataRejected rejected) {
		return rejected(rejected, field -> field);
	}

	/** A code map problem is about the code unless it names the line outcome the code should mean. */
	static SupplierFormRejected code(SupplierDataRejected rejected) {
		return new SupplierFormRejected(rejected.problems().stream()
			.map(it -> new FieldMessage(it.field().startsWith("codeMap.")
					? it.message().contains("line outcome") ? "outcome" : "code" : it.field(), it.message()))
			.toList());
	}

	private static SupplierFormRejected rejected(SupplierDataRejected rejected, Function<String, String> fields) {
		return new SupplierFormRejected(rejected.problems().stream()
			.map(it -> new FieldMessage(fields.apply(it.field()), it.message()))
			.toList());
	}
}

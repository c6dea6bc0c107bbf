package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.procurement.domain.InvoiceTolerances;
import org.distributionhub.supplier.procurement.ports.in.ManageInvoiceTolerances;
import org.distributionhub.supplier.procurement.ports.out.SupplierTolerances;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tolerances in force for a supplier (its own, else the hub's defaults) and an ADMIN's changes to them. */
@Service
class InvoiceToleranceSettings implements ManageInvoiceTolerances {

	static final String ACTION = "SET_SUPPLIER_INVOICE_TOLERANCES";

	private final SupplierTolerances stored;
	private final InvoiceSettings settings;
	private final FindPartnerProfile profiles;
	private final AdminAudit audit;
	private final Clock clock;

	InvoiceToleranceSettings(SupplierTolerances stored, InvoiceSettings settings, FindPartnerProfile profiles,
			AdminAudit audit, Clock clock) {
		this.stored = stored;
		this.settings = settings;
		this.profiles = profiles;
		this.audit = audit;
		this.clock = clock;
	}

	/** The tolerances an invoice of this supplier is matched with. */
	InvoiceTolerances inForce(String supplierId) {
		return stored.of(supplierId).orElseGet(settings::defaults);
	}

	@Override
	public TolerancesView tolerances(String supplierId) {
		known(supplierId);
		return stored.of(supplierId).map(it -> view(it, "SUPPLIER")).orElseGet(() -> view(settings.defaults(), "DEFAULT"));
	}

	@Override
	@Transactional
	public TolerancesView save(String supplierId, TolerancesView given, String by, @Nullable String reason) {
		known(supplierId);
		for (BigDecimal percent : new BigDecimal[] { given.linePricePercent(), given.lineQuantityPercent(),
				given.totalPercent() }) {
			if (percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
				throw new IllegalArgumentException("A percent tolerance is at most 1000");
			}
		}
		Duration wait;
		try {
			wait = Duration.parse(given.waitForGoods().strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("waitForGoods is an ISO-8601 duration such as P3D or PT72H");
		}
		InvoiceTolerances tolerances = new InvoiceTolerances(given.linePricePercent(), given.linePriceAbsolute(),
				given.lineQuantityPercent(), given.lineQuantityAbsolute(), given.totalPercent(), given.totalAbsolute(),
				given.chargesAbsolute(), wait);
		stored.save(supplierId, tolerances, by, clock.instant());
		TolerancesView saved = view(tolerances, "SUPPLIER");
		audit.record(by, ACTION, supplierId, reason == null || reason.isBlank() ? "admin API" : reason,
				"price " + saved.linePricePercent() + " % or " + saved.linePriceAbsolute() + ", quantity "
						+ saved.lineQuantityPercent() + " % or " + saved.lineQuantityAbsolute() + ", total "
						+ saved.totalPercent() + " % or " + saved.totalAbsolute() + ", charges "
						+ saved.chargesAbsolute() + ", wait for goods " + saved.waitForGoods());
		return saved;
	}

	private void known(String supplierId) {
		if (profiles.profile(supplierId).isEmpty()) {
			throw new UnknownSupplierTolerances(supplierId);
		}
	}

	private static TolerancesView view(InvoiceTolerances it, String source) {
		return new TolerancesView(plain(it.linePricePercent()), plain(it.linePriceAbsolute()),
				plain(it.lineQuantityPercent()), plain(it.lineQuantityAbsolute()), plain(it.totalPercent()),
				plain(it.totalAbsolute()), plain(it.chargesAbsolute()), it.waitForGoods().toString(), source);
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}

package org.distributionhub.supplier.partners.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.supplier.api.SupplierDirectory;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.in.SupplierView;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.distributionhub.supplier.partners.ports.out.GoLiveDates;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.springframework.stereotype.Service;

/** Reads supplier profiles for the admin API and the console; profiles come from the in-memory profile cache. */
@Service
class SupplierQueries implements FindSuppliers, SupplierDirectory {

	private static final Comparator<ItemMapping> BY_PART = Comparator.comparing(ItemMapping::supplierPart);

	private final PartnerProfiles profiles;
	private final ApiKeys keys;
	private final Clock clock;
	private final GoLiveDates goLive;

	SupplierQueries(PartnerProfiles profiles, ApiKeys keys, Clock clock, GoLiveDates goLive) {
		this.profiles = profiles;
		this.keys = keys;
		this.clock = clock;
		this.goLive = goLive;
	}

	@Override
	public List<SupplierView> list() {
		return sorted().stream().map(SupplierViews::of).toList();
	}

	@Override
	public Optional<SupplierView> find(String supplierId) {
		return profiles.find(supplierId).map(SupplierViews::of);
	}

	@Override
	public ItemPage items(String supplierId, int page, int size) {
		return items(supplierId, "", page, size);
	}

	@Override
	public ItemPage items(String supplierId, String search, int page, int size) {
		var profile = profiles.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId));
		String text = search.strip().toLowerCase(Locale.ROOT);
		var found = profile.items().stream().filter(it -> text.isEmpty() || contains(it, text)).sorted(BY_PART)
			.toList();
		var items = found.stream().skip((long) page * size).limit(size).map(SupplierViews::of).toList();
		return new ItemPage(supplierId, page, size, found.size(), items);
	}

	@Override
	public Optional<Instant> liveSince(String supplierId) {
		return profiles.find(supplierId).filter(PartnerProfile::live).flatMap(it -> goLive.liveSince(supplierId));
	}

	@Override
	public List<SupplierSummary> suppliers() {
		return sorted().stream().map(this::summary).toList();
	}

	@Override
	public Optional<SupplierDetail> supplier(String supplierId, int itemRows) {
		return profiles.find(supplierId).map(profile -> {
			var edi = profile.ediIdentity();
			Instant now = clock.instant();
			var keyList = keys.bySupplier(supplierId).stream()
				.map(it -> new KeySummary(it.keyId(), it.label(), it.createdAt(), it.createdBy(), it.revokedAt(),
						it.lastUsedAt(), it.expiresAt(), it.status(now).name()))
				.toList();
			var first = profile.items().stream().sorted(BY_PART).limit(Math.max(0, itemRows))
				.map(it -> new ItemSummary(it.supplierPart(), it.sku().code(), it.gtin(), it.supplierUnit().code(),
						it.ourUnit().code(), it.factor()))
				.toList();
			var view = SupplierViews.of(profile);
			return new SupplierDetail(summary(profile), edi == null ? null : edi.qualifier(),
					edi == null ? null : edi.id(), edi == null ? null : edi.groupId(), view.webhookUrl(),
					view.acknowledgementDue(), view.remainderPolicy(), view.codeMap(), keyList, first, view.phase(),
					view.sendContrl(), view.priceChangeSource());
		});
	}

	private static boolean contains(ItemMapping item, String text) {
		return item.supplierPart().toLowerCase(Locale.ROOT).contains(text)
				|| item.sku().code().toLowerCase(Locale.ROOT).contains(text)
				|| (item.gtin() != null && item.gtin().contains(text));
	}

	private List<PartnerProfile> sorted() {
		return profiles.findAll().stream().sorted(Comparator.comparing(PartnerProfile::supplierId)).toList();
	}

	private SupplierSummary summary(PartnerProfile profile) {
		var edi = profile.ediIdentity();
		Instant now = clock.instant();
		int activeKeys = (int) keys.bySupplier(profile.supplierId()).stream()
			.filter(it -> it.status(now) == ApiKey.Status.ACTIVE)
			.count();
		var view = SupplierViews.of(profile);
		return new SupplierSummary(profile.supplierId(), profile.name(), profile.active(), view.purchaseOrderChannel(),
				view.inboundChannels(), edi == null ? null : edi.qualifier() + ":" + edi.id(), profile.items().size(),
				activeKeys);
	}
}

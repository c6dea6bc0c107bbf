package org.distributionhub.supplier.partners.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerPhase;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.domain.ItemCrossReference;
import org.distributionhub.supplier.partners.domain.PolicySettings;
import org.distributionhub.supplier.partners.domain.SupplierPolicy;
import org.distributionhub.supplier.partners.ports.in.ItemImportMode;
import org.distributionhub.supplier.partners.ports.in.ItemImportReport;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveOutcome;
import org.distributionhub.supplier.partners.ports.in.RowProblem;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.partners.ports.out.GoLiveDates;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.distributionhub.supplier.partners.ports.out.PolicyPacks;
import org.distributionhub.supplier.partners.ports.out.SupplierPolicyAssignments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The changes to supplier profiles that the admin API and the partner files share, inside the caller's
 * transaction: check, compare with what is stored, save only what changed, and audit it. A change of phase is
 * audited on its own, and the moment a supplier goes live is kept for its onboarding checklist.
 */
@Component
class SupplierChanges {

	private final PartnerProfiles profiles;
	private final AdminAudit audit;
	private final ProfileNotices notices;
	private final SupplierPolicyAssignments policies;
	private final PolicyPacks packs;
	private final GoLiveDates goLive;
	private final Clock clock;

	SupplierChanges(PartnerProfiles profiles, AdminAudit audit, ProfileNotices notices,
			SupplierPolicyAssignments policies, PolicyPacks packs, GoLiveDates goLive, Clock clock) {
		this.profiles = profiles;
		this.audit = audit;
		this.notices = notices;
		this.policies = policies;
		this.packs = packs;
		this.goLive = goLive;
		this.clock = clock;
	}

	Optional<PartnerProfile> find(String supplierId) {
		return profiles.find(supplierId);
	}

	PartnerProfile existing(String supplierId) {
		return profiles.find(supplierId).orElseThrow(() -> SupplierNotFound.supplier(supplierId));
	}

	/** Checks the data and saves it as the supplier's profile, keeping or replacing its items as given. */
	SaveOutcome save(String supplierId, SupplierProfileData data, List<ItemMapping> items, String actor,
			String reason) {
		var stored = profiles.find(supplierId);
		var profile = ProfileConversion.toProfile(supplierId, data, items);
		var edi = profile.ediIdentity();
		if (edi != null) {
			profiles.findByEdiSender(edi.qualifier(), edi.id())
				.filter(other -> !other.supplierId().equals(supplierId))
				.ifPresent(other -> {
					var taken = Objects.requireNonNull(other.ediIdentity());
					throw new SupplierDataRejected("ediIdentity", "%s:%s is the EDI identity of supplier %s already"
						.formatted(taken.qualifier(), taken.id(), other.supplierId()));
				});
		}
		// Told even when unchanged: what listeners prepare (folders) may have gone since.
		notices.saved(profile);
		if (stored.isPresent() && stored.get().equals(profile)) {
			keepPolicy(supplierId, data, false, actor);
			return new SaveOutcome(SupplierViews.of(profile), false, false);
		}
		profiles.save(profile);
		keepPolicy(supplierId, data, stored.isEmpty(), actor);
		audit.record(actor, stored.isPresent() ? "supplier.update" : "supplier.create", "supplier " + supplierId,
				reason, stored.isPresent() ? "profile replaced" : "created");
		PartnerPhase before = stored.map(PartnerProfile::phase).orElse(null);
		if (before != profile.phase()) {
			goLive.record(supplierId, profile.live() ? clock.instant() : null);
		}
		if (before != null && before != profile.phase()) {
			audit.record(actor, "supplier.phase", "supplier " + supplierId, reason, before + " -> " + profile.phase());
		}
		return new SaveOutcome(SupplierViews.of(profile), stored.isEmpty(), true);
	}

	/**
	 * A new supplier gets the default pack; every save notes whether the profile gives its own acknowledgement due
	 * time (else the policy's applies).
	 */
	private void keepPolicy(String supplierId, SupplierProfileData data, boolean created, String actor) {
		boolean setsDue = data.acknowledgementDue() != null && !data.acknowledgementDue().isBlank();
		var current = policies.forSupplier(supplierId);
		if (current.isPresent() && current.get().profileSetsDue() == setsDue || current.isEmpty() && !created && setsDue) {
			return;
		}
		var policy = current.orElseGet(() -> created
				? new SupplierPolicy(supplierId, packs.defaultPack().name(), PolicySettings.NONE, setsDue,
						clock.instant(), actor)
				: SupplierPolicy.unassigned(supplierId));
		policies.save(new SupplierPolicy(supplierId, policy.packName(), policy.overrides(), setsDue, clock.instant(),
				actor));
	}

	/** A profile with an upload applied to its items, and the report of it; saves nothing. */
	Applied applyItems(PartnerProfile profile, List<ItemRow> rows, List<RowProblem> unreadable, ItemImportMode mode) {
		var problems = new ArrayList<>(unreadable);
		// The stored mappings of parts whose rows were refused stay, whatever the mode.
		var kept = new HashSet<String>();
		unreadable.stream().map(RowProblem::supplierPart).filter(Objects::nonNull).forEach(kept::add);
		var firstLine = new HashMap<String, Integer>();
		var repeated = new HashSet<String>();
		for (ItemRow row : rows) {
			String part = part(row);
			if (part != null && firstLine.putIfAbsent(part, row.line()) != null) {
				repeated.add(part);
			}
		}
		var good = new ArrayList<ItemMapping>();
		for (ItemRow row : rows) {
			String part = part(row);
			var checked = ItemRows.check(row);
			checked.problems().forEach(it -> problems.add(new RowProblem(row.line(), it.column(), part, it.message())));
			if (part != null && repeated.contains(part)) {
				problems.add(new RowProblem(row.line(), "supplier_part", part, "Supplier part " + part
						+ " is given more than once (first on line " + firstLine.get(part) + "); none of its rows is used"));
			}
			var mapping = checked.mapping();
			if (mapping != null && !repeated.contains(mapping.supplierPart())) {
				good.add(mapping);
			}
			else if (part != null) {
				kept.add(part);
			}
		}
		int rowCount = rows.size() + unreadable.size();
		if (good.isEmpty() && (!problems.isEmpty() || mode == ItemImportMode.REPLACE)) {
			if (problems.isEmpty()) {
				problems.add(new RowProblem(0, null, null,
						"No rows: replacing with nothing would empty the cross-reference, so nothing was changed"));
			}
			var none = new ItemCrossReference.Change(profile.items(), 0, 0, 0, 0);
			return new Applied(profile, report(profile, mode, false, rowCount, none, problems));
		}
		var change = ItemCrossReference.apply(profile.items(), good, ItemCrossReference.Mode.valueOf(mode.name()),
				kept);
		var changed = profile.withItems(change.items());
		return new Applied(changed, report(changed, mode, true, rowCount, change, problems));
	}

	void auditItems(String actor, String supplierId, String source, ItemImportReport report) {
		audit.record(actor, "supplier.items.import", "supplier " + supplierId, source,
				"%s: %d added, %d changed, %d removed, %d rows refused".formatted(report.mode(), report.added(),
						report.changed(), report.removed(), report.rejected()));
	}

	void save(PartnerProfile profile) {
		profiles.save(profile);
	}

	void audit(String actor, String action, String supplierId, String reason, String outcome) {
		audit.record(actor, action, "supplier " + supplierId, reason, outcome);
	}

	private static @Nullable String part(ItemRow row) {
		return row.supplierPart() == null || row.supplierPart().isBlank() ? null : row.supplierPart().strip();
	}

	private static ItemImportReport report(PartnerProfile profile, ItemImportMode mode, boolean applied, int rows,
			ItemCrossReference.Change change, List<RowProblem> problems) {
		Set<Integer> refusedLines = new HashSet<>();
		problems.forEach(it -> refusedLines.add(it.line()));
		refusedLines.remove(0);
		return new ItemImportReport(profile.supplierId(), mode, applied, rows, change.added(), change.changed(),
				change.unchanged(), change.removed(), refusedLines.size(), profile.items().size(), problems);
	}

	/** An upload applied in memory: the profile to save and what to tell the caller. */
	record Applied(PartnerProfile profile, ItemImportReport report) {

		boolean changed() {
			return report.applied() && report.added() + report.changed() + report.removed() > 0;
		}
	}
}

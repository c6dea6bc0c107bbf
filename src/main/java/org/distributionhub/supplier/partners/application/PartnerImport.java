package org.distributionhub.supplier.partners.application;

import java.time.Clock;
import java.util.List;

import org.distributionhub.supplier.partners.ports.in.FieldProblem;
import org.distributionhub.supplier.partners.ports.in.ImportPartners;
import org.distributionhub.supplier.partners.ports.in.ItemImportMode;
import org.distributionhub.supplier.partners.ports.in.ItemImportReport;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.out.ImportedPartnerFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Applies one supplier's partner files in one transaction: the profile, then its items (replacing the
 * cross-reference), then the fingerprint of the files, so the same files are not applied again. A profile that
 * fails its checks changes nothing and leaves no fingerprint, so it is reported again until it is fixed.
 */
@Service
class PartnerImport implements ImportPartners {

	private final SupplierChanges changes;
	private final ImportedPartnerFiles imported;
	private final Clock clock;

	PartnerImport(SupplierChanges changes, ImportedPartnerFiles imported, Clock clock) {
		this.changes = changes;
		this.imported = imported;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PartnerImportResult importPartner(ImportPartnerCommand command) {
		String supplierId = command.supplierId();
		if (!command.force() && imported.fingerprint(supplierId).filter(command.fingerprint()::equals).isPresent()) {
			return new PartnerImportResult(supplierId, Status.SKIPPED, List.of(), null);
		}
		try {
			var stored = changes.find(supplierId);
			if (command.profile() == null && stored.isEmpty()) {
				return rejected(supplierId, List.of(new FieldProblem("", "No profile " + supplierId
						+ ".yml beside the items file, and no supplier " + supplierId + " in the hub")));
			}
			Status status = Status.UNCHANGED;
			var items = stored.map(it -> it.items()).orElse(List.of());
			if (command.profile() != null) {
				var outcome = changes.save(supplierId, command.profile(), items, command.actor(), command.source());
				status = outcome.created() ? Status.CREATED : outcome.changed() ? Status.UPDATED : Status.UNCHANGED;
			}
			ItemImportReport report = null;
			if (command.items() != null) {
				var applied = changes.applyItems(changes.existing(supplierId), command.items(),
						command.unreadableRows(), ItemImportMode.REPLACE);
				report = applied.report();
				if (applied.changed()) {
					changes.save(applied.profile());
					changes.auditItems(command.actor(), supplierId, command.source(), report);
					status = status == Status.UNCHANGED ? Status.UPDATED : status;
				}
			}
			imported.record(supplierId, command.fingerprint(), command.source(), clock.instant());
			return new PartnerImportResult(supplierId, status, List.of(), report);
		}
		catch (SupplierDataRejected e) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return rejected(supplierId, e.problems());
		}
	}

	private static PartnerImportResult rejected(String supplierId, List<FieldProblem> problems) {
		return new PartnerImportResult(supplierId, Status.REJECTED, problems, null);
	}
}

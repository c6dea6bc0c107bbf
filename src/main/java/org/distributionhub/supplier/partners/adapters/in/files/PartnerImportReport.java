package org.distributionhub.supplier.partners.adapters.in.files;

import java.util.List;

import org.distributionhub.supplier.partners.ports.in.ImportPartners.Status;
import org.distributionhub.supplier.partners.ports.in.ItemImportReport;
import org.jspecify.annotations.Nullable;

/** What one import of the partner folder did, supplier by supplier. */
public record PartnerImportReport(String directory, List<Partner> partners) {

	/**
	 * One supplier's files and what became of them; {@code problems} say why a file was refused, each naming the file
	 * and, where known, the line or field.
	 */
	public record Partner(String supplierId, List<String> files, Status status, List<String> problems,
			@Nullable ItemImportReport items) {
	}

	public long count(Status status) {
		return partners.stream().filter(it -> it.status() == status).count();
	}
}

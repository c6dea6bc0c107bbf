package org.distributionhub.supplier.partners.adapters.in.web;

import org.distributionhub.supplier.partners.adapters.in.files.PartnerDirectory;
import org.distributionhub.supplier.partners.adapters.in.files.PartnerImportReport;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports the partner folder on demand, as at start: files imported before are skipped unless {@code ?force=true},
 * which applies them again over changes made through this API since.
 */
@RestController
class AdminImportController {

	private final PartnerDirectory directory;

	AdminImportController(PartnerDirectory directory) {
		this.directory = directory;
	}

	@PostMapping("/api/v1/admin/suppliers/import")
	PartnerImportReport importPartnerFiles(@RequestParam(defaultValue = "false") boolean force, Authentication staff) {
		return directory.importAll(force, staff.getName());
	}
}

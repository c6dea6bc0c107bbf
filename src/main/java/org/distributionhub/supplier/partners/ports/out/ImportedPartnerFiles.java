package org.distributionhub.supplier.partners.ports.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Which version of a supplier's partner files (profile YAML and items CSV) was last imported, by a fingerprint of
 * their content: an unchanged file is not applied again, so changes made through the admin API since survive a
 * restart until someone edits the file.
 */
public interface ImportedPartnerFiles {

	Optional<String> fingerprint(String supplierId);

	void record(String supplierId, String fingerprint, String source, Instant importedAt);
}

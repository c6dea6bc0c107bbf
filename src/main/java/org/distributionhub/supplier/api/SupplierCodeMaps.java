package org.distributionhub.supplier.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A supplier's own codes and the line outcome each means, as an ADMIN keeps them in the console. The hub looks a
 * partner's code up in this map before the standard code list the document comes in (X12 ACK01 and ACK27-29,
 * EDIFACT LIN 1229, portal and CSV status words). A refused code is a {@link SupplierFormRejected} on the fields
 * code and outcome; every change goes to the admin audit trail. An unknown supplier is an IllegalArgumentException.
 */
public interface SupplierCodeMaps {

	Optional<CodeMapView> codeMap(String supplierId);

	void save(String supplierId, String code, String outcome, String actor);

	/** False when the supplier had no such code. */
	boolean remove(String supplierId, String code, String actor);

	/**
	 * {@code codes}: partner code to line outcome, by code; {@code outcomes}: the outcomes a code may mean;
	 * {@code codeLists}: the code lists the supplier's documents are read with, each before this map is applied.
	 */
	record CodeMapView(String supplierId, Map<String, String> codes, List<String> outcomes, List<CodeListUse> codeLists) {
	}

	/** A code list the hub reads for the supplier: its name, the elements it covers and the channel it comes by. */
	record CodeListUse(String codeList, String elements, String channel) {
	}
}

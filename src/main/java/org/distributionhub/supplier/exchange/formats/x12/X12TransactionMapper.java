package org.distributionhub.supplier.exchange.formats.x12;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.jspecify.annotations.Nullable;

/**
 * Maps the body of one kind of X12 transaction set to a document, noting each element or segment it cannot read
 * in the fields' issues; a transaction with any issue is rejected whatever the mapper returned.
 */
interface X12TransactionMapper {

	/** The transaction set identifier (ST01) this mapper reads, such as 855. */
	String setId();

	@Nullable
	PartnerDocument map(X12Transaction transaction, X12Fields fields);
}

package org.distributionhub.erpgateway.ports.out;

import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;

/**
 * The ERP as the dispatcher needs it. Implementations put our idempotency key into what they create, so that
 * {@link #findByReference} finds a document an earlier attempt created even if the hub never heard the answer.
 */
public interface ErpClient {

	/** Creates the posting's document in the ERP; never throws for an answer the ERP gave. */
	ErpResult send(Posting posting);

	/** The ERP's document created for this idempotency key, if any. */
	Optional<ErpReference> findByReference(Posting posting);
}

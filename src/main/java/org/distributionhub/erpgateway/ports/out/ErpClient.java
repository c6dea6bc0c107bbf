package org.distributionhub.erpgateway.ports.out;

import java.util.Optional;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;

/**
 * The ERP as the dispatcher needs it. Implementations put our idempotency key into what they create, so that
 * {@link #findByReference} finds a document an earlier attempt created even if the hub never heard the answer. Both
 * methods may end with {@link ErpCallFailed}, whose failure the posting then gets.
 */
public interface ErpClient {

	/** Creates the posting's document in the ERP; never throws for an answer the ERP gave. */
	ErpResult send(Posting posting);

	/** The ERP's document created for this idempotency key, if any. */
	Optional<ErpReference> findByReference(Posting posting);

	/**
	 * Whether the ERP is configured and answers with the configured credentials, asked without changing anything;
	 * for the health check. The default says nothing is known.
	 */
	default ErpCheck check() {
		return ErpCheck.unknown(name());
	}

	/** What the console and health call this ERP, e.g. "Odoo JSON-2 at https://erp.example". */
	default String name() {
		return getClass().getSimpleName();
	}
}

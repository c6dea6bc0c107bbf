package org.distributionhub.erpgateway.api;

/** The ERP as this hub instance sees it: whether it answers with our credentials, the circuit, the last outcomes. */
public interface FindErpHealth {

	/** The last check if it is recent, else a new one (at most one call to the ERP per check interval). */
	ErpHealthView health();

	/** Checks the ERP now, whatever the last check was. */
	ErpHealthView checkNow();
}

package org.distributionhub.erpgateway.ports.out;

import org.distributionhub.erpgateway.domain.Watermark;

/** The watermark of each source of purchase orders, stored in the transaction that publishes what it read. */
public interface PurchaseOrderWatermarks {

	Watermark load(String source);

	/** The watermark, held until the transaction ends: another instance taking in from this source waits. */
	Watermark lock(String source);

	void save(String source, Watermark watermark);
}

package org.distributionhub.erpgateway.ports.in;

/** One reading of the ERP's new and changed confirmed purchase orders, from the stored watermark on. */
public interface PollErpPurchaseOrders {

	PollRound pollOnce();

	/** What a reading did; {@code failure} says why it stopped early (the ERP could not be read), if it did. */
	record PollRound(int read, int published, int unchanged, int refused, String failure) {
	}
}

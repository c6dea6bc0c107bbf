package org.distributionhub.erpgateway.ports.in;

/** One dispatch round: claims the due postings (one per business key), sends them and records each outcome. */
public interface DispatchPostings {

	DispatchRound dispatchDue();

	/** What a round did; {@code circuitOpen} says it claimed nothing because the ERP is considered down. */
	record DispatchRound(int claimed, int sent, int retrying, int parked, int released, boolean circuitOpen) {

		public static DispatchRound skipped() {
			return new DispatchRound(0, 0, 0, 0, 0, true);
		}
	}
}

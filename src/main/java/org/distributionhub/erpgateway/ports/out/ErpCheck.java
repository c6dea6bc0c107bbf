package org.distributionhub.erpgateway.ports.out;

/** The outcome of asking the ERP whether it is there and takes our credentials; {@code detail} says why if not. */
public record ErpCheck(String erp, Status status, String detail) {

	public enum Status {
		UP, DOWN, UNKNOWN
	}

	public static ErpCheck up(String erp, String detail) {
		return new ErpCheck(erp, Status.UP, detail);
	}

	public static ErpCheck down(String erp, String detail) {
		return new ErpCheck(erp, Status.DOWN, detail);
	}

	public static ErpCheck unknown(String erp) {
		return new ErpCheck(erp, Status.UNKNOWN, "this adapter has no check");
	}
}

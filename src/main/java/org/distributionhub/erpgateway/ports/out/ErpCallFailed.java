package org.distributionhub.erpgateway.ports.out;

/**
 * Thrown by an adapter to end its calls for a posting, or a look-up, with the failure the posting gets; the dispatcher
 * stores that failure. No stack trace is kept: the reason says what happened.
 */
public final class ErpCallFailed extends RuntimeException {

	private static final int MESSAGE_LIMIT = 500;

	private final transient ErpResult failure;

	private ErpCallFailed(ErpResult failure, String reason) {
		super(reason, null, false, false);
		this.failure = failure;
	}

	public static ErpCallFailed permanent(String reason, String cause) {
		String text = clip(reason);
		return new ErpCallFailed(new ErpResult.PermanentFailure(text, cause), text);
	}

	public static ErpCallFailed temporary(String reason, String cause) {
		String text = clip(reason);
		return new ErpCallFailed(new ErpResult.TransientFailure(text, cause), text);
	}

	/** An HTTP answer that is no success: transient for 408, 425, 429 and 5xx, permanent otherwise. */
	public static ErpCallFailed forStatus(int status, String reason) {
		String text = clip(reason);
		return new ErpCallFailed(ErpResult.forStatus(status, text), text);
	}

	public ErpResult failure() {
		return failure;
	}

	private static String clip(String text) {
		String flat = text.strip();
		return flat.length() <= MESSAGE_LIMIT ? flat : flat.substring(0, MESSAGE_LIMIT - 3) + "...";
	}
}

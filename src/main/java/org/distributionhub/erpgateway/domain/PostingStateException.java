package org.distributionhub.erpgateway.domain;

/** A change a posting refuses in its current state, for example cancelling one that was sent. */
public class PostingStateException extends IllegalStateException {

	public PostingStateException(String message) {
		super(message);
	}
}

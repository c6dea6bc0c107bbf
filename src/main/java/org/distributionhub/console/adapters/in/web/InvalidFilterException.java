package org.distributionhub.console.adapters.in.web;

/** A filter or page parameter the console cannot read; its message tells the user what to type instead. */
class InvalidFilterException extends RuntimeException {

	InvalidFilterException(String message) {
		super(message);
	}
}
